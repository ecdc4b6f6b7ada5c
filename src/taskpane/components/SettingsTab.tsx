/** Settings: rounding tolerance, classification edition year and the 情况说明 reason threshold (blank = automatic). */
import * as React from 'react';
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../i18n';

export interface Settings {
  tolerance?: number;
  editionYear?: number;
  /** 情况说明: a change of at least this many percent needs a reason. */
  reasonThreshold?: number;
}

export interface SettingsTabProps {
  strings: Strings;
  settings: Settings;
  onChange: (s: Settings) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function parseOptional(v: string): number | undefined {
  const t = v.trim();
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export function SettingsTab({ strings: s, settings, onChange }: SettingsTabProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={s.tolerance}>
        <Input
          type="number"
          min={0}
          step={0.01}
          value={settings.tolerance === undefined ? '' : String(settings.tolerance)}
          onChange={(_, d) => onChange({ ...settings, tolerance: parseOptional(d.value) })}
        />
      </Field>
      <Field label={s.editionYear}>
        <Input
          type="number"
          min={2000}
          max={2100}
          value={settings.editionYear === undefined ? '' : String(settings.editionYear)}
          onChange={(_, d) => {
            const y = parseOptional(d.value);
            onChange({ ...settings, editionYear: y === undefined ? undefined : Math.round(y) });
          }}
        />
      </Field>
      <Field label={s.reasonThreshold}>
        <Input
          type="number"
          min={0}
          step={1}
          value={settings.reasonThreshold === undefined ? '' : String(settings.reasonThreshold)}
          onChange={(_, d) => onChange({ ...settings, reasonThreshold: parseOptional(d.value) })}
        />
      </Field>
      <span className={styles.muted}>{s.settingsNote}</span>
    </div>
  );
}
