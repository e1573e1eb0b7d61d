export { BOM, csvField, spreadsheetCell, toCsv, type CsvOptions } from './csv.js';
export { EXPORT_HEADERS, exportRecord, exportRow, spreadsheetTime, type ExportedRecord } from './records.js';
