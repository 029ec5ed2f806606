import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** what failed, in the message: "The manifests preview" */
  name: string;
  children: ReactNode;
}

/**
 * Keeps a failure in one part of the page in that part: the rest stays usable and the work (held
 * above this boundary) is kept. "Try again" re-renders the part.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="callout callout-error" role="alert">
        <p>
          {this.props.name} hit an error and stopped: <code>{error.message}</code>. Your work is kept.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>Try again</button>
      </div>
    );
  }
}
