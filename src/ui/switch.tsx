import { h } from 'preact';
export interface SwitchProps {
  /** Id of the element that names the switch (the category heading). */
  labelledBy: string;
  checked: boolean;
  disabled?: boolean;
  describedBy?: string;
  onChange?(checked: boolean): void;
}

/** A native checkbox exposed as a switch, so its state is announced and keyboard-operable for free. */
export function Switch({ labelledBy, checked, disabled, describedBy, onChange }: SwitchProps) {
  return (
    <span class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        onChange={(e) => onChange?.(e.currentTarget.checked)}
      />
      <span aria-hidden="true" />
    </span>
  );
}
