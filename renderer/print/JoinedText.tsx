import { joinedRuns } from '../../shared/report/joinedWords';

/** A text whose dot-joined words ("조직·재정·인력") stay on one line (see joinedRuns). */
export function JoinedText({ text }: { text: string }) {
  return (
    <>
      {joinedRuns(text).map((run, i) =>
        run.joined ? (
          <span key={i} className="joined-words">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
