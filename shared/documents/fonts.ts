// pdfmake in Node reads its fonts from files: Roboto as the package ships it (it has every letter
// Indonesian needs). Set once per process, with access policies that let pdfmake read those font
// files and nothing else, from disk or the network (a hostile URL in a document reads nothing).
// Used by every PDF Loket makes in Node: the reports here and the portal's ticket.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';

export const robotoDir = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

let fontsSet = false;

/** pdfmake with Roboto and the access policies set; call before createPdf. */
export function pdfmakeWithFonts(): typeof pdfmake {
  if (!fontsSet) {
    pdfmake.setFonts({
      Roboto: {
        normal: join(robotoDir, 'Roboto-Regular.ttf'),
        bold: join(robotoDir, 'Roboto-Medium.ttf'),
        italics: join(robotoDir, 'Roboto-Italic.ttf'),
        bolditalics: join(robotoDir, 'Roboto-MediumItalic.ttf'),
      },
    });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(robotoDir));
    fontsSet = true;
  }
  return pdfmake;
}
