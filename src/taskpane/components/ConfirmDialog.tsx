/** A question before a change that replaces what the user has (names typed in cells, a draft sheet): confirm or cancel. */
import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  /** The confirming button's words ('确认替换', '替换'). */
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  /** Also when the dialog is dismissed (Escape, a click outside). */
  onCancel: () => void;
}

export function ConfirmDialog({ open, title, text, confirm, cancel, onConfirm, onCancel }: ConfirmDialogProps): React.JSX.Element {
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{text}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {confirm}
            </Button>
            <Button onClick={onCancel}>{cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
