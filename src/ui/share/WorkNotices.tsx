import { ImportErrorView } from '../import/ImportErrorView.tsx';
import { ImportReportPanel } from '../import/ImportReportPanel.tsx';
import { useNotices, type Notice } from './notices.tsx';
import { OtherTabNotice } from './OtherTabNotice.tsx';

/** The messages about the work as a whole, under the header: another tab's work, links, saved work, imports. */
export function WorkNotices() {
  const { list, dismiss } = useNotices();
  return (
    <div className="work-notices">
      <OtherTabNotice />
      {list.map((n) => (
        <NoticeView key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
      ))}
    </div>
  );
}

function NoticeView({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  switch (notice.kind) {
    case 'import-report':
      return <ImportReportPanel report={notice.report} onDismiss={onDismiss} />;
    case 'import-error':
      return (
        <div className="notice notice-error">
          <ImportErrorView error={notice.error} source={notice.source} />
          <DismissButton onDismiss={onDismiss} />
        </div>
      );
    case 'error':
      return (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{notice.title}</strong> {notice.text}
          </p>
          <DismissButton onDismiss={onDismiss} />
        </div>
      );
    case 'info':
      return (
        <div className="notice notice-info" role="status">
          <p>{notice.text}</p>
          <DismissButton onDismiss={onDismiss} />
        </div>
      );
  }
}

function DismissButton({ onDismiss }: { onDismiss(): void }) {
  return (
    <button type="button" className="notice-dismiss" onClick={onDismiss}>
      Dismiss
    </button>
  );
}
