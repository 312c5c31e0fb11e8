import { Link, type LinkProps } from "@remix-run/react";
import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger";
const classes: Record<Variant, string> = { primary: "btn-primary", secondary: "btn-secondary", danger: "btn-danger" };

export function Button({
  variant = "primary",
  small,
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; small?: boolean }) {
  return <button className={`${classes[variant]} ${small ? "btn-small" : ""} ${className}`} {...props} />;
}

export function LinkButton({ variant = "primary", small, className = "", ...props }: LinkProps & { variant?: Variant; small?: boolean }) {
  return <Link className={`${classes[variant]} ${small ? "btn-small" : ""} ${className}`} {...props} />;
}
