/**
 * 说明: the drafted 情况说明 as editable text — the same Markdown the CLI prints ('#' title, '##'
 * headings, '###' sub-headings) — with copy / insert into the workbook / download .docx, all from the
 * text as edited. Below it, what is still to fill and the notes for the clerk (never part of the text).
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { ConfirmDialog } from './ConfirmDialog';
import { placeholderCount, type Draft } from '../../engine/model/draft';
import { draftToMarkdown, markdownToDraft } from '../../engine/model/draft-markdown';
import type { Strings } from '../i18n';

/** The draft as the pane hands it on: title and sections, as edited. */
export type DraftText = Pick<Draft, 'title' | 'sections'>;

export interface DraftTabProps {
  strings: Strings;
  draft?: Draft;
  busy: boolean;
  onCopy: (draft: DraftText) => void;
  onInsert: (draft: DraftText) => void;
  onDownload?: (draft: DraftText) => void;
  /** Set while the pane asks whether to replace the existing draft sheet. */
  replacing?: boolean;
  onReplace?: () => void;
  onCancelReplace?: () => void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', gap: '6px', flexWrap: 'wrap', margin: '6px 0' },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { width: '100%' },
  notes: { margin: '4px 0', paddingLeft: '18px', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function DraftTab({ strings: s, draft, busy, onCopy, onInsert, onDownload, replacing, onReplace, onCancelReplace }: DraftTabProps): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState('');
  React.useEffect(() => setText(draft ? draftToMarkdown(draft) : ''), [draft]);
  const edited = React.useMemo(() => markdownToDraft(text), [text]);
  if (!draft || (draft.title.length === 0 && draft.sections.length === 0)) return <p className={styles.muted}>{s.noDraft}</p>;
  const left = placeholderCount(edited);
  return (
    <div>
      <p className={styles.muted}>{s.draftIntro}</p>
      {left > 0 && (
        <MessageBar intent="warning" data-testid="draft-placeholders">
          <MessageBarBody>{s.placeholdersLeft(left)}</MessageBarBody>
        </MessageBar>
      )}
      <Textarea
        className={styles.text}
        value={text}
        onChange={(_, d) => setText(d.value)}
        resize="vertical"
        rows={16}
        aria-label={s.tabDraft}
      />
      <div className={styles.bar}>
        <Button size="small" onClick={() => onCopy(edited)} disabled={busy}>
          {s.copy}
        </Button>
        <Button size="small" onClick={() => onInsert(edited)} disabled={busy}>
          {s.insertSheet}
        </Button>
        {onDownload && (
          <Button size="small" onClick={() => onDownload(edited)} disabled={busy}>
            {s.downloadDocx}
          </Button>
        )}
      </div>
      {draft.notes.length > 0 && (
        <div data-testid="draft-notes">
          <span className={styles.muted}>{s.draftNotes}</span>
          <ul className={styles.notes}>
            {draft.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <ConfirmDialog
        open={!!replacing}
        title={s.replaceDraftTitle}
        text={s.replaceDraft}
        confirm={s.replace}
        cancel={s.cancel}
        onConfirm={() => onReplace?.()}
        onCancel={() => onCancelReplace?.()}
      />
    </div>
  );
}
