/** 说明: the drafted 情况说明, editable, with copy / insert into the workbook / download .docx. */
import * as React from 'react';
import { Button, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Draft } from '../../engine/narrative';
import { draftToText } from '../analysis';
import type { Strings } from '../i18n';

export interface DraftTabProps {
  strings: Strings;
  draft?: Draft;
  busy: boolean;
  onCopy: (text: string) => void;
  onInsert: (title: string, paragraphs: string[]) => void;
  onDownload?: (title: string, paragraphs: string[]) => void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', gap: '6px', flexWrap: 'wrap', margin: '6px 0' },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { width: '100%' },
});

/** Edited text → title (first line) and paragraphs (the other non-empty lines). */
export function splitDraftText(text: string): { title: string; paragraphs: string[] } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return { title: lines[0] ?? '', paragraphs: lines.slice(1) };
}

export function DraftTab({ strings: s, draft, busy, onCopy, onInsert, onDownload }: DraftTabProps): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState('');
  React.useEffect(() => setText(draft ? draftToText(draft) : ''), [draft]);
  if (!draft || (!draft.title && draft.sections.length === 0)) return <p className={styles.muted}>{s.noDraft}</p>;
  const parts = () => splitDraftText(text);
  return (
    <div>
      <p className={styles.muted}>{s.draftIntro}</p>
      <Textarea
        className={styles.text}
        value={text}
        onChange={(_, d) => setText(d.value)}
        resize="vertical"
        rows={16}
        aria-label={s.tabDraft}
      />
      <div className={styles.bar}>
        <Button size="small" onClick={() => onCopy(text)} disabled={busy}>
          {s.copy}
        </Button>
        <Button size="small" onClick={() => onInsert(parts().title, parts().paragraphs)} disabled={busy}>
          {s.insertSheet}
        </Button>
        {onDownload && (
          <Button size="small" onClick={() => onDownload(parts().title, parts().paragraphs)} disabled={busy}>
            {s.downloadDocx}
          </Button>
        )}
      </div>
    </div>
  );
}
