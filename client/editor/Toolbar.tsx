import { useEditorState, type Editor } from "@tiptap/react";
import type { KeyboardEvent } from "react";
import { useI18n } from "../i18n/useI18n";
import type { MessageKey } from "../i18n/messages/en";

interface ToolbarButton {
  label: MessageKey;
  shortcut?: string;
  isActive?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const BUTTONS: ToolbarButton[] = [
  { label: "toolbar.bold", shortcut: "Control+B", isActive: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run() },
  { label: "toolbar.italic", shortcut: "Control+I", isActive: (e) => e.isActive("italic"), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: "toolbar.paragraph", shortcut: "Control+Alt+0", isActive: (e) => e.isActive("paragraph"), run: (e) => e.chain().focus().setParagraph().run() },
  {
    label: "toolbar.sectionHeading",
    shortcut: "Control+Alt+2",
    isActive: (e) => e.isActive("heading", { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: "toolbar.subheading",
    shortcut: "Control+Alt+3",
    isActive: (e) => e.isActive("heading", { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  { label: "toolbar.bulletList", shortcut: "Control+Shift+8", isActive: (e) => e.isActive("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: "toolbar.orderedList", shortcut: "Control+Shift+7", isActive: (e) => e.isActive("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: "toolbar.quote", shortcut: "Control+Shift+B", isActive: (e) => e.isActive("blockquote"), run: (e) => e.chain().focus().toggleBlockquote().run() },
];

/** Buttons that act rather than toggle: no pressed state; disabled when they cannot act. */
interface ActionButton {
  label: MessageKey;
  shortcut: string;
  can: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const ACTIONS: ActionButton[] = [
  { label: "toolbar.moveUp", shortcut: "Alt+Shift+ArrowUp", can: (e) => e.can().moveParagraphUp(), run: (e) => e.chain().focus().moveParagraphUp().run() },
  { label: "toolbar.moveDown", shortcut: "Alt+Shift+ArrowDown", can: (e) => e.can().moveParagraphDown(), run: (e) => e.chain().focus().moveParagraphDown().run() },
  { label: "toolbar.undo", shortcut: "Control+Z", can: (e) => e.can().undo(), run: (e) => e.chain().focus().undo().run() },
  { label: "toolbar.redo", shortcut: "Control+Shift+Z", can: (e) => e.can().redo(), run: (e) => e.chain().focus().redo().run() },
];

function promptForLink(editor: Editor, question: string): void {
  const previous = editor.getAttributes("link").href as string | undefined;
  const href = window.prompt(question, previous ?? "https://");
  if (href === null) {
    editor.commands.focus();
    return;
  }
  const chain = editor.chain().focus().extendMarkRange("link");
  if (href.trim() === "" || href.trim() === "https://") {
    chain.unsetLink().run();
  } else {
    chain.setLink({ href: href.trim() }).run();
  }
}

/** Moves focus between toolbar buttons with the arrow keys, Home and End (one tab stop for the toolbar). */
function onToolbarKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)")];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
  const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
  let next: number | null = null;
  if (step !== undefined) {
    next = (index + step + buttons.length) % buttons.length;
  } else if (event.key === "Home") {
    next = 0;
  } else if (event.key === "End") {
    next = buttons.length - 1;
  }
  if (next !== null) {
    event.preventDefault();
    buttons.forEach((button, i) => (button.tabIndex = i === next ? 0 : -1));
    buttons[next]?.focus();
  }
}

/** The formatting toolbar: every action is a button with its keyboard shortcut announced. */
export function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      flags: BUTTONS.map((button) => button.isActive?.(current) ?? false),
      link: current.isActive("link"),
      can: ACTIONS.map((action) => action.can(current)),
    }),
  });
  return (
    <div className="toolbar" role="toolbar" aria-label={t("toolbar.label")} onKeyDown={onToolbarKeyDown}>
      {BUTTONS.map((button, index) => (
        <button
          key={button.label}
          type="button"
          tabIndex={index === 0 ? 0 : -1}
          aria-pressed={active.flags[index]}
          aria-keyshortcuts={button.shortcut}
          title={button.shortcut ? `${t(button.label)} (${button.shortcut.replace("Control", "Ctrl")})` : t(button.label)}
          onClick={() => button.run(editor)}
        >
          {t(button.label)}
        </button>
      ))}
      <button type="button" tabIndex={-1} aria-pressed={active.link} onClick={() => promptForLink(editor, t("toolbar.linkPrompt"))}>
        {t("toolbar.link")}
      </button>
      {ACTIONS.map((action, index) => (
        <button
          key={action.label}
          type="button"
          tabIndex={-1}
          disabled={!active.can[index]}
          aria-keyshortcuts={action.shortcut}
          title={`${t(action.label)} (${action.shortcut.replace("Control", "Ctrl")})`}
          onClick={() => action.run(editor)}
        >
          {t(action.label)}
        </button>
      ))}
    </div>
  );
}
