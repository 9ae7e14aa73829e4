import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect } from "react";
import { REPORT_FIELD } from "../../shared/collab/fields";
import { reportExtensions } from "../../shared/editor/reportExtensions";
import type { NumberingScheme } from "../../shared/paragraphs";
import type { CollabSession } from "../collab/useCollabProvider";
import type { Identity } from "../collab/identity";
import { useI18n } from "../i18n/useI18n";
import { ParagraphNumbers } from "./ParagraphNumbers";
import { Toolbar } from "./Toolbar";

interface ReportEditorProps {
  session: CollabSession;
  identity: Identity;
  numbering: NumberingScheme;
  /** False for people who may only read: no toolbar, no typing. */
  editable: boolean;
}

/** The report's real-time editor: the shared schema, bound to the Yjs document, with co-authors' carets. */
export function ReportEditor({ session, identity, numbering, editable }: ReportEditorProps) {
  const { t } = useI18n();
  const { doc, provider } = session;
  const editor = useEditor(
    {
      editable,
      extensions: [
        ...reportExtensions(),
        Collaboration.configure({ document: doc, field: REPORT_FIELD }),
        CollaborationCaret.configure({ provider, user: identity }),
        ParagraphNumbers.configure({ scheme: numbering }),
      ],
      editorProps: {
        attributes: {
          class: "report-text",
          // The report's direction follows its own language, not the interface's.
          dir: "auto",
          "aria-label": t("report.editorLabel"),
          "aria-multiline": "true",
          role: "textbox",
        },
      },
    },
    [doc, provider, numbering, editable],
  );

  useEffect(() => {
    if (editor && !editor.isDestroyed) {
      editor.commands.updateUser(identity);
    }
  }, [editor, identity]);

  if (!editor) {
    return null;
  }
  return (
    <div className="report-editor">
      {editable && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
