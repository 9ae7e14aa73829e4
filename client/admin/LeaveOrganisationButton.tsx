import { ConfirmButton } from "../components/ConfirmButton";
import { useI18n } from "../i18n/useI18n";

interface LeaveOrganisationButtonProps {
  personName: string;
  organisationName: string;
  /** Takes the membership away; resolves once the server answered. */
  leave(): Promise<void>;
}

/**
 * "Remove from <organisation>", asking first: leaving closes the person's open submission (and
 * the report, when it was their only access) at once.
 */
export function LeaveOrganisationButton({ personName, organisationName, leave }: LeaveOrganisationButtonProps) {
  const { t } = useI18n();
  return (
    <ConfirmButton
      label={t("admin.leave", { organisation: organisationName })}
      question={t("admin.leaveConfirm", { name: personName, organisation: organisationName })}
      confirmLabel={t("admin.removeConfirmButton")}
      stepClassName="confirm"
      danger
      onConfirm={leave}
    />
  );
}
