import { useT } from '../i18n';
import { useApp } from '../store/StoreContext';

/** How far reading an opened file has got, while the file is read in the background. */
export function FileProgress() {
  const t = useT();
  const percent = useApp((s) => s.fileProgress);
  if (percent === null) return null;
  const text = t('readingFileProgress', { percent });
  return (
    <div
      className="file-progress"
      role="progressbar"
      aria-label={t('readingFile')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={text}
    >
      <span>{text}</span>
      <span className="file-progress-track" aria-hidden="true">
        <span className="file-progress-fill" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
