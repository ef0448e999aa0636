import { wordPictureRequests } from '../../shared/report/wordPictures';
import { wordReportBytes, type WordReportInput } from '../../shared/report/wordReport';
import { drawWordPictures } from './drawWordPictures';

/**
 * The plan as an editable Word file: its pictures drawn here, the document built by the shared
 * writer. One module the app loads only when a Word copy is asked for, with `docx` and the
 * world map's outlines behind it.
 */
export async function wordCopyBytes(
  request: Omit<WordReportInput, 'pictures' | 'worldMapError'>,
): Promise<Uint8Array> {
  const { strategy, language, t, sections, asOf } = request;
  const requests = wordPictureRequests(strategy, sections, language, t, asOf);
  const drawn = await drawWordPictures(requests, strategy, language, t);
  return wordReportBytes({ ...request, ...drawn });
}
