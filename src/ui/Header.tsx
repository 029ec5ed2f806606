/** The title bar and the actions that act on the whole setup. */
export function Header() {
  return (
    <header className="app-header">
      <h1>
        z2jh-wizard <span className="subtitle">config.yaml for the JupyterHub Helm chart 4.4.0</span>
      </h1>
      <div className="header-actions" />
    </header>
  );
}
