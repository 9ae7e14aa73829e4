import Collaboration, { isChangeOrigin } from "@tiptap/extension-collaboration";
import StarterKit from "@tiptap/starter-kit";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { CommentCarets } from "./CommentCarets";

interface CommentTextEditorProps {
  fragment: Y.XmlFragment;
  awareness: Awareness;
  label: string;
  editable: boolean;
  /** Called after the person typed here (not for co-authors' changes). */
  onLocalChange?: () => void;
  /** Focus this editor when it first appears. */
  autoFocus?: boolean;
  className?: string;
}

/** A small rich-text editor bound live to one fragment of the submission: a comment's body or proposal. */
export function CommentTextEditor({ fragment, awareness, label, editable, onLocalChange, autoFocus = false, className }: CommentTextEditorProps) {
  const onLocalChangeRef = useRef(onLocalChange);
  useEffect(() => {
    onLocalChangeRef.current = onLocalChange;
  }, [onLocalChange]);

  const editor = useEditor(
    {
      editable,
      autofocus: autoFocus ? "end" : false,
      extensions: [
        StarterKit.configure({ undoRedo: false, heading: false, codeBlock: false, horizontalRule: false, link: { openOnClick: false } }),
        Collaboration.configure({ fragment }),
        CommentCarets.configure({ awareness }),
      ],
      editorProps: {
        attributes: {
          class: `comment-text ${className ?? ""}`,
          dir: "auto",
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": label,
          ...(editable ? {} : { "aria-readonly": "true" }),
        },
      },
      onUpdate: ({ transaction }) => {
        if (transaction.docChanged && !isChangeOrigin(transaction)) {
          onLocalChangeRef.current?.();
        }
      },
    },
    [fragment, awareness, editable],
  );
  return <EditorContent editor={editor} />;
}
