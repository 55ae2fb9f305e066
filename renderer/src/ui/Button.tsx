import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'subtle' | 'danger';

const variantClass: Record<Variant, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--secondary-action utrecht-button--danger',
};

export function Button({ variant = 'secondary', className, type = 'button', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={['utrecht-button', variantClass[variant], className].filter(Boolean).join(' ')} {...props} />;
}
