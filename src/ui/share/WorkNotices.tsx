import { Suspense } from 'react';
import { ImportErrorView, ImportReportPanel, OtherTabNotice } from '../lazy-later.ts';
import { useOtherTabWork } from '../state/work-keeping.tsx';
import { useNotices, type Notice } from './notices.tsx';

/** The messages about the work as a whole, under the header: another tab's work, links, saved work, imports. */
export function WorkNotices() {
  const { list, dismiss } = useNotices();
  // the notices' own code loads with the first one (later.ts)
  const other = useOtherTabWork();
  return (
    <div className="work-notices">
      <Suspense fallback={null}>
        {other && <OtherTabNotice />}
        {list.map((n) => (
          <NoticeView key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
        ))}
      </Suspense>
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
