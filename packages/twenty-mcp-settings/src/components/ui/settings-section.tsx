import { type ReactNode, useId } from 'react';

export const SettingsSection = ({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) => {
  const titleId = useId();

  return (
    <section className="settings-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {title}
      </h2>
      {description && <p className="section-description">{description}</p>}
      <div className="card">{children}</div>
    </section>
  );
};
