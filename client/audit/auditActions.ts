import type { Translate } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages/en";

/** The actions the server records, each with its readable name. */
export const AUDIT_ACTIONS = {
  "person.sign_in": "auditAction.signIn",
  "person.sign_in_failed": "auditAction.signInFailed",
  "person.sign_in_link": "auditAction.signInLink",
  "person.sign_in_link_create": "auditAction.signInLinkCreate",
  "person.sign_out_everywhere": "auditAction.signOutEverywhere",
  "person.sign_out_others": "auditAction.signOutOthers",
  "person.password_change": "auditAction.passwordChange",
  "person.create": "auditAction.personCreate",
  "person.roles_change": "auditAction.rolesChange",
  "person.remove": "auditAction.personRemove",
  "invitation.create": "auditAction.invitationCreate",
  "invitation.accept": "auditAction.invitationAccept",
  "invitation.revoke": "auditAction.invitationRevoke",
  "organisation.create": "auditAction.organisationCreate",
  "token.create": "auditAction.tokenCreate",
  "token.revoke": "auditAction.tokenRevoke",
  "consultation.update": "auditAction.consultationUpdate",
  "consultation.state": "auditAction.consultationState",
  "consultation.organisations": "auditAction.consultationOrganisations",
  "consultation.limits": "auditAction.consultationLimits",
  "deadline.change": "auditAction.deadlineChange",
  "deadline.extend": "auditAction.deadlineExtend",
  "deadline.extension_removed": "auditAction.deadlineExtensionRemoved",
  "submission.stage": "auditAction.submissionStage",
  "submission.submit": "auditAction.submissionSubmit",
  "submission.withdraw": "auditAction.submissionWithdraw",
  "submission.download": "auditAction.submissionDownload",
  "submission.import": "auditAction.submissionImport",
  "report.import": "auditAction.reportImport",
} as const satisfies Record<string, MessageKey>;

/** An action's readable name; actions added later show as recorded. */
export function auditActionLabel(action: string, t: Translate): string {
  return Object.hasOwn(AUDIT_ACTIONS, action) ? t(AUDIT_ACTIONS[action as keyof typeof AUDIT_ACTIONS]) : action;
}
