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

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  min: number;
  max?: number;
  step?: number;
  /** The number typed, or undefined for blank (automatic) and anything that is not a number ≥ 0. */
  onChange: (value: number | undefined) => void;
}

/** A setting typed as a number; blank means automatic. */
function NumberField({ label, value, min, max, step, onChange }: NumberFieldProps): React.JSX.Element {
  return (
    <Field label={label}>
      <Input type="number" min={min} max={max} step={step} value={value === undefined ? '' : String(value)} onChange={(_, d) => onChange(parseOptional(d.value))} />
    </Field>
  );
}

export function SettingsTab({ strings: s, settings, onChange }: SettingsTabProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <NumberField label={s.tolerance} min={0} step={0.01} value={settings.tolerance} onChange={(tolerance) => onChange({ ...settings, tolerance })} />
      <NumberField
        label={s.editionYear}
        min={2000}
        max={2100}
        value={settings.editionYear}
        onChange={(y) => onChange({ ...settings, editionYear: y === undefined ? undefined : Math.round(y) })}
      />
      <NumberField label={s.reasonThreshold} min={0} step={1} value={settings.reasonThreshold} onChange={(reasonThreshold) => onChange({ ...settings, reasonThreshold })} />
      <span className={styles.muted}>{s.settingsNote}</span>
    </div>
  );
}
