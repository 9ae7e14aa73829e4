import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import type { AnyExtension } from "@tiptap/core";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useMemo, useRef } from "react";
import { REPORT_FIELD } from "../../shared/collab/fields";
import { reportExtensions } from "../../shared/editor/reportExtensions";
import type { NumberingScheme } from "../../shared/paragraphs";
import type { CollabSession } from "../collab/useCollabProvider";
import type { Identity } from "../collab/identity";
import { useI18n } from "../i18n/useI18n";
import { DragHandles } from "./DragHandles";
import { KeepCaretOnRemoteEdits } from "./KeepCaretOnRemoteEdits";
import { KeepIdsOnCutAndPaste } from "./KeepIdsOnCutAndPaste";
import { MoveParagraph } from "./MoveParagraph";
import { ParagraphNumbers } from "./ParagraphNumbers";
import { Toolbar } from "./Toolbar";

interface ReportEditorProps {
  session: CollabSession;
  identity: Identity;
  numbering: NumberingScheme;
  /** False for people who may only read: no toolbar, no typing. */
  editable: boolean;
  /** More behaviour on top of the report schema, such as comment anchors. */
  extensions?: readonly AnyExtension[];
  /** Told the editor once it exists, and null when it goes away. */
  onEditor?: (editor: Editor | null) => void;
}

const NO_EXTENSIONS: readonly AnyExtension[] = [];

/** The report's real-time editor: the shared schema, bound to the Yjs document, with co-authors' carets. */
export function ReportEditor({ session, identity, numbering, editable, extensions = NO_EXTENSIONS, onEditor }: ReportEditorProps) {
  const { t } = useI18n();
  const { doc, provider } = session;
  const translate = useRef(t);
  useEffect(() => {
    translate.current = t;
  }, [t]);
  // Moving paragraphs (keys, toolbar, drag handles) and cut-and-paste that keeps ids: editors only.
  const moving = useMemo(
    () =>
      editable
        ? [
            MoveParagraph,
            KeepIdsOnCutAndPaste,
            DragHandles.configure({
              scheme: numbering,
              label: ({ number, text }) =>
                number ? translate.current("editor.dragParagraph", { number }) : text ? translate.current("editor.dragBlock", { text }) : translate.current("editor.dragEmptyBlock"),
            }),
          ]
        : [],
    [editable, numbering],
  );
  const editor = useEditor(
    {
      editable,
      extensions: [
        ...reportExtensions(),
        Collaboration.configure({ document: doc, field: REPORT_FIELD }),
        KeepCaretOnRemoteEdits,
        CollaborationCaret.configure({ provider, user: identity }),
        ParagraphNumbers.configure({ scheme: numbering }),
        ...moving,
        ...extensions,
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
    [doc, provider, numbering, editable, extensions, moving],
  );

  // Others get the editor once its view is mounted: before that, `editor.view` throws.
  useEffect(() => {
    if (!editor || !onEditor) {
      return;
    }
    const ready = () => onEditor(editor);
    if (editor.isInitialized) {
      ready();
    } else {
      editor.on("create", ready);
    }
    return () => {
      editor.off("create", ready);
      onEditor(null);
    };
  }, [editor, onEditor]);

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
      {/* While `editable` turns on, this render still holds the read-only editor (without the move commands) until its replacement exists. */}
      {editable && editor.isEditable && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
