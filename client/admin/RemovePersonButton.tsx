import type { Person } from "../../shared/api/people";
import { removePerson } from "../api/people";
import { describeError } from "../app/describeError";
import { ConfirmButton } from "../components/ConfirmButton";
import { useI18n } from "../i18n/useI18n";

interface RemovePersonButtonProps {
  person: Person;
  announce(text: string): void;
  fail(text: string): void;
  onRemoved(): void;
}

/** "Remove from Parley", asking first. */
export function RemovePersonButton({ person, announce, fail, onRemoved }: RemovePersonButtonProps) {
  const { t } = useI18n();
  const remove = async () => {
    try {
      await removePerson(person.id);
      announce(t("admin.removedPerson", { name: person.name }));
      onRemoved();
    } catch (caught) {
      fail(describeError(caught, t));
    }
  };
  return (
    <ConfirmButton
      label={t("admin.remove")}
      question={t("admin.removeConfirm", { name: person.name })}
      confirmLabel={t("admin.removeConfirmButton")}
      className="danger"
      stepClassName="confirm"
      danger
      onConfirm={remove}
    />
  );
}
