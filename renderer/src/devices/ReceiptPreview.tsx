import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import type { ReceiptBlock, ReceiptDoc } from '../../../shared/receipt';

function QrImage({ payload, size }: { payload: string; size: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    void QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 2, scale: size }).then(setSrc);
  }, [payload, size]);
  return src ? <img src={src} alt="" style={{ imageRendering: 'pixelated' }} /> : null;
}

function Block({ block }: { block: ReceiptBlock }) {
  switch (block.kind) {
    case 'text':
      return (
        <div
          style={{
            textAlign: block.align ?? 'left',
            fontWeight: block.bold ? 700 : 400,
            fontSize: block.size === 2 ? '1.6em' : '1em',
          }}
        >
          {block.text || '\u00a0'}
        </div>
      );
    case 'rule':
      return (
        <hr
          style={{
            border: 0,
            borderTop: `${block.style === 'double' ? 3 : 1}px ${block.style === 'double' ? 'double' : 'dashed'} #000`,
          }}
        />
      );
    case 'keyValue':
      return (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <tbody>
            {block.rows.map(([k, v], i) => (
              <tr key={i}>
                <td>{k}</td>
                <td style={{ textAlign: 'right' }}>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'table':
      return (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          {block.header && (
            <thead>
              <tr>
                {block.header.map((h, i) => (
                  <th key={i} style={{ textAlign: block.columns[i]?.align ?? 'left' }}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i} style={{ textAlign: block.columns[i]?.align ?? 'left' }}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'qr':
      return (
        <div style={{ textAlign: 'center' }}>
          <QrImage payload={block.payload} size={block.size ?? 6} />
        </div>
      );
    case 'feed':
      return <div style={{ height: `${block.lines * 1.2}em` }} />;
    case 'cut':
      return <div aria-hidden="true" style={{ borderTop: '2px dotted #888', margin: '8px -12px 0' }} />;
    default: {
      const never: never = block;
      return never;
    }
  }
}

/**
 * What the receipt printer will print, on screen: the same document the ESC/POS and HTML renderers
 * read, at the paper's width (80 mm ≈ 48 columns, 58 mm ≈ 32), in a monospace face as the printer's.
 */
export function ReceiptPreview({ doc, label }: { doc: ReceiptDoc; label: string }) {
  return (
    <figure
      aria-label={label}
      data-testid="receipt-preview"
      style={{
        margin: 0,
        width: doc.width === 80 ? '48ch' : '32ch',
        padding: 12,
        background: '#fff',
        color: '#000',
        fontFamily: '"DejaVu Sans Mono", "Courier New", monospace',
        fontSize: 14,
        lineHeight: 1.3,
        boxShadow: '0 1px 4px rgba(0,0,0,.3)',
      }}
    >
      {doc.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </figure>
  );
}
