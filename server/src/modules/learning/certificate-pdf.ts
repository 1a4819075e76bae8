/**
 * The certificate sheet (修了証) as a PDF: A4 portrait, BIZ UDPGothic embedded (subset), one
 * page per certificate, with a QR code of the public verify URL. No GraphQL, no database.
 */
import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface CertificateSheet {
  /** The member's name as registered. */
  name: string;
  studentNumber: string;
  courseTitle: string;
  /** The field's Japanese name, e.g. 地域福祉. */
  fieldName: string;
  startsOn: string;
  endsOn: string;
  completedOn: string;
  number: string;
  /** The Tokyo date of the current copy. */
  issuedOn: string;
  /** A reissued copy says so (再発行). */
  reissued: boolean;
  verifyUrl: string;
}

/** The public verify page of the member portal, with the check code; the value of the QR code. */
export function verifyUrl(publicUrl: string, number: string, checkCode: string): string {
  return `${publicUrl.replace(/\/$/, '')}/verify/${encodeURIComponent(number)}?c=${encodeURIComponent(checkCode)}`;
}

/** 2026-04-10 -> 2026年4月10日 */
export function japaneseDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The QR code of a verify URL as PNG (also what the tests decode). */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 300 });
}

const FONT_FILES = {
  regular: '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  bold: '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
};
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts(): { regular: Buffer; bold: Buffer } {
  // require.resolve finds the package from dist/ and from ts-jest alike.
  fonts ??= { regular: fs.readFileSync(require.resolve(FONT_FILES.regular)), bold: fs.readFileSync(require.resolve(FONT_FILES.bold)) };
  return fonts;
}

export const ISSUER = { ward: '練馬区', section: '協働推進課', college: 'パワーアップカレッジねりま' };

/** One PDF with a page per sheet (in the given order). */
export async function renderCertificates(sheets: readonly CertificateSheet[]): Promise<Buffer> {
  if (sheets.length === 0) throw new Error('renderCertificates needs at least one sheet');
  const qrs = await Promise.all(sheets.map((s) => qrPng(s.verifyUrl)));
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: '修了証', Author: ISSUER.ward } });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  sheets.forEach((s, i) => drawSheet(doc, s, qrs[i]));
  doc.end();
  return done;
}

function drawSheet(doc: PDFKit.PDFDocument, s: CertificateSheet, qr: Buffer): void {
  doc.addPage({ size: 'A4', margin: 0 });
  const W = doc.page.width; // 595.28
  const left = 70;
  const width = W - 2 * left;
  // Frame
  doc
    .lineWidth(3)
    .rect(28, 28, W - 56, doc.page.height - 56)
    .stroke('#1a4b8c');
  doc
    .lineWidth(0.8)
    .rect(36, 36, W - 72, doc.page.height - 72)
    .stroke('#1a4b8c');
  doc.fillColor('#000000');

  doc.font('regular').fontSize(10).text(`第 ${s.number} 号`, left, 60, { width, align: 'right' });
  if (s.reissued) doc.text(`（再発行 ${japaneseDate(s.issuedOn)}）`, left, 76, { width, align: 'right' });

  doc.font('bold').fontSize(40).text('修 了 証', left, 120, { width, align: 'center', characterSpacing: 6 });

  doc.font('bold').fontSize(24).text(`${s.name}\u3000様`, left, 215, { width, align: 'center' });
  doc.font('regular').fontSize(11).text(`学籍番号\u3000${s.studentNumber}`, left, 252, { width, align: 'center' });

  const rows: Array<[string, string]> = [
    ['講座', s.courseTitle],
    ['分野', s.fieldName],
    ['受講期間', `${japaneseDate(s.startsOn)}〜${japaneseDate(s.endsOn)}`],
    ['修了日', japaneseDate(s.completedOn)],
  ];
  let y = 300;
  for (const [label, value] of rows) {
    doc
      .font('bold')
      .fontSize(12)
      .text(label, left + 20, y, { width: 90 });
    doc
      .font('regular')
      .fontSize(12)
      .text(value, left + 120, y, { width: width - 140 });
    y = Math.max(doc.y, y + 18) + 10;
  }

  doc
    .font('regular')
    .fontSize(13)
    .text('あなたは上記の講座の課程を修了したことを証します。', left, y + 24, { width, align: 'center' });

  doc
    .font('regular')
    .fontSize(12)
    .text(`${japaneseDate(s.issuedOn)}`, left, 560, { width, align: 'center' });
  doc.font('bold').fontSize(18).text(ISSUER.ward, left, 600, { width, align: 'center' });
  doc.font('regular').fontSize(11).text(`${ISSUER.section}\u3000${ISSUER.college}`, left, 628, { width, align: 'center' });

  // QR code of the verify URL, bottom left, with the number beside it.
  const qrSize = 96;
  const qrY = doc.page.height - 60 - qrSize;
  doc.image(qr, left, qrY, { width: qrSize, height: qrSize });
  doc
    .font('regular')
    .fontSize(8)
    .text('この修了証の有効性は、QRコードの確認ページで確かめられます。', left + qrSize + 12, qrY + 30, { width: width - qrSize - 12 })
    .text(`証書番号 ${s.number}`, left + qrSize + 12, qrY + 46, { width: width - qrSize - 12 });
}
