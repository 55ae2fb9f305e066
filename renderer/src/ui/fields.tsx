import { useId, type ReactNode } from 'react';

/**
 * Form fields in NL Design System markup. Each field reports edits with onChange and the moment
 * to save with onCommit (blur or Enter for text, immediately for choices; useEditable also saves
 * after a pause in typing): no Save buttons.
 */
interface FieldShell {
  label: string;
  error?: string | undefined;
  description?: ReactNode;
  required?: boolean;
  className?: string;
}

function Shell({ id, label, error, description, required, className, children }: FieldShell & { id: string; children: ReactNode }) {
  return (
    <div className={['utrecht-form-field', error ? 'utrecht-form-field--invalid' : '', 'wo-field', className].filter(Boolean).join(' ')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {required ? <span className="wo-required"> (verplicht)</span> : null}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`} role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error?: string, description?: ReactNode) =>
  [error ? `${id}-error` : '', description ? `${id}-description` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(
  props: FieldShell & {
    value: string;
    onChange: (value: string) => void;
    onCommit?: () => void;
    type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'number' | 'search';
    placeholder?: string;
    autoFocus?: boolean;
    list?: string;
    name?: string;
    inputMode?: 'numeric' | 'text';
  },
) {
  const id = useId();
  const { value, onChange, onCommit, type = 'text', placeholder, autoFocus, list, name, error, description, required, inputMode } = props;
  return (
    <Shell id={id} {...props}>
      <input
        id={id}
        name={name}
        className={['utrecht-textbox', 'utrecht-textbox--html-input', error ? 'utrecht-textbox--invalid' : ''].join(' ')}
        type={type}
        value={value}
        placeholder={placeholder}
        autoFocus={autoFocus}
        list={list}
        inputMode={inputMode}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, description)}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => onCommit?.()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && onCommit) {
            e.preventDefault();
            onCommit();
          }
        }}
      />
    </Shell>
  );
}

export function TextAreaField(props: FieldShell & { value: string; onChange: (value: string) => void; onCommit?: () => void; rows?: number; autoFocus?: boolean; placeholder?: string }) {
  const id = useId();
  const { value, onChange, onCommit, rows = 3, error, description, autoFocus, placeholder, required } = props;
  return (
    <Shell id={id} {...props}>
      <textarea
        id={id}
        className={['utrecht-textarea', 'utrecht-textarea--html-textarea', error ? 'utrecht-textarea--invalid' : ''].join(' ')}
        value={value}
        rows={rows}
        autoFocus={autoFocus}
        placeholder={placeholder}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, description)}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => onCommit?.()}
      />
    </Shell>
  );
}

export interface Option {
  value: string;
  label: string;
  disabled?: boolean;
}

export function SelectField(props: FieldShell & { value: string; options: Option[]; onChange: (value: string) => void; placeholder?: string; autoFocus?: boolean }) {
  const id = useId();
  const { value, options, onChange, placeholder, error, description, autoFocus, required } = props;
  return (
    <Shell id={id} {...props}>
      <select
        id={id}
        className={['utrecht-select', 'utrecht-select--html-select', error ? 'utrecht-select--invalid' : ''].join(' ')}
        value={value}
        autoFocus={autoFocus}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, description)}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function CheckboxField({ label, checked, onChange, description, error }: { label: string; checked: boolean; onChange: (checked: boolean) => void; description?: ReactNode; error?: string }) {
  const id = useId();
  return (
    <div className={['utrecht-form-field', 'utrecht-form-field--checkbox', 'wo-field', 'wo-field--checkbox', error ? 'utrecht-form-field--invalid' : ''].join(' ')}>
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
          checked={checked}
          aria-describedby={describedBy(id, error, description)}
          onChange={(e) => onChange(e.target.checked)}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-error`} role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

/** A small set of exclusive choices shown side by side (e.g. Nu / Ooit / Nooit). */
export function RadioGroupField({
  label,
  value,
  options,
  onChange,
  error,
  description,
}: {
  label: string;
  value: string;
  options: (Option & { hint?: string })[];
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className={['utrecht-form-fieldset', 'wo-radios', error ? 'utrecht-form-fieldset--invalid' : ''].join(' ')}
      aria-describedby={describedBy(id, error, description)}
    >
      <legend className="utrecht-form-fieldset__legend">{label}</legend>
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      <div className="wo-radios__options">
        {options.map((o) => (
          <div key={o.value} className={value === o.value ? 'wo-radio wo-radio--checked' : 'wo-radio'}>
            <input
              id={`${id}-${o.value}`}
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              name={id}
              value={o.value}
              checked={value === o.value}
              aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
              onChange={() => onChange(o.value)}
            />
            <label className="wo-radio__label" htmlFor={`${id}-${o.value}`}>
              {o.label}
            </label>
            {o.hint ? (
              <span className="wo-radio__hint" id={`${id}-${o.value}-hint`}>
                {o.hint}
              </span>
            ) : null}
          </div>
        ))}
      </div>
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`} role="alert">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
