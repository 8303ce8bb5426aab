// The documents an office files, made in Node (electron core and the central server): report PDFs,
// workbooks and chart SVGs. Never imported by renderer code (it pulls in pdfmake, exceljs, ECharts).
export * from './format';
export { chartSvg } from './chartSvg';
export { pdfmakeWithFonts, robotoDir } from './fonts';
export type { DocNode, ReportDocumentInput, Signer, TableCell, TableColumn } from './reportDocument';
export { renderReportPdf, reportDefinition, printable } from './reportPdf';
export { renderWorkbook, sheetName } from './reportWorkbook';
export type { WorkbookColumnFormat, WorkbookInput, WorkbookSheet } from './reportWorkbook';
