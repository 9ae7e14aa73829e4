import { PackageFormatId } from "../../shared/api/exports";
import { Field } from "../components/Field";
import { useI18n } from "../i18n/useI18n";

/** The package formats as a select, named in the person's language. */
export function FormatPicker({ value, onChange }: { value: PackageFormatId; onChange(format: PackageFormatId): void }) {
  const { t } = useI18n();
  return (
    <Field label={t("exports.format")}>
      {(id) => (
        <select id={id} value={value} onChange={(event) => onChange(PackageFormatId.parse(event.target.value))}>
          {PackageFormatId.options.map((format) => (
            <option key={format} value={format}>
              {t(`exports.format.${format}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
