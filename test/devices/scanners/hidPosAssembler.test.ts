import { describe, expect, it } from 'vitest';
import type { HidPosOutput } from '../../../electron/devices/scanners/hidPosAssembler';
import { HidPosAssembler } from '../../../electron/devices/scanners/hidPosAssembler';
import type { HidRecording } from '../../fakes/hid';
import { loadHidFixture } from '../../fakes/hid';

function replay(rec: HidRecording, a: HidPosAssembler): HidPosOutput[] {
  return rec.events.flatMap((e) => a.push(e.report, e.atMs));
}

const codes = (out: HidPosOutput[]) => out.filter((o) => o.type === 'code');

describe('hidPosAssembler on recorded reports', () => {
  it('joins the Honeywell REVINF reply (6 packets) into one text and keeps the ack separate', () => {
    const out = replay(loadHidFixture('honeywell-revinf.hid'), new HidPosAssembler({ profile: 'honeywell' }));
    const [reply, ack] = codes(out);
    expect(codes(out)).toHaveLength(2);
    expect(reply).toMatchObject({ aim: ']X0', codeId: '?', packets: 6 });
    expect(reply?.type === 'code' && reply.text).toBe(
      'Product Name: Voyager 1602g\r\nBoot Revision: : 8992\r\nSoftware Part Number: CW000082BBA\r\n' +
        'Software Revision: $ProjectRevision: 16345 \r\nSerial Number: 15232B1F0C\r\n' +
        'Supported IF: Bluetooth\r\nPCB Assembly ID: 000000\r\nEngine Firmware Type: N/A   ' +
        'Revision: N/A   Serial Number: N/A   Checksum: N/A',
    );
    expect(reply?.type === 'code' && reply.symbology).toBeUndefined(); // ]X0 / '?' name no symbology
    expect(ack).toMatchObject({ aim: ']Z6', text: 'REVINF\x06.', packets: 1 });
  });

  it('reads the Access-IS 60-byte code split 56 + 4 as one QR code', () => {
    const out = replay(
      loadHidFixture('access-is-60-bytes.hid'),
      new HidPosAssembler({ profile: 'access-is' }),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'code', aim: ']Q1', symbology: 'qr-code', packets: 2 });
    expect(out[0]?.type === 'code' && out[0].text).toHaveLength(60);
    expect(out[0]?.type === 'code' && out[0].text.startsWith('K1ACCESSIS0123')).toBe(true);
  });

  it('strips ]Q1 from a 138-character token over three packets', () => {
    const out = replay(loadHidFixture('qr-token-q1.hid'), new HidPosAssembler({ profile: 'honeywell' }));
    const [code] = codes(out);
    expect(code).toMatchObject({ aim: ']Q1', codeId: 's', symbology: 'qr-code', packets: 3 });
    expect(code?.type === 'code' && code.text).toMatch(/^K2[A-Z0-9]{136}$/);
    expect(code?.type === 'code' && code.bytes.length).toBe(138);
  });

  it('reads a Newland report: no AIM, data from byte 2, code id at byte 62', () => {
    const out = replay(
      loadHidFixture('newland-fm430-ean13.hid'),
      new HidPosAssembler({ profile: 'newland' }),
    );
    expect(out).toEqual([
      expect.objectContaining({ type: 'code', text: '8991234567891', codeId: 'd', symbology: 'ean13' }),
    ]);
    expect(out[0]?.type === 'code' && out[0].aim).toBeUndefined();
  });

  it('the same Newland bytes read with the Honeywell table would lose digits: profiles matter', () => {
    const out = replay(
      loadHidFixture('newland-fm430-ean13.hid'),
      new HidPosAssembler({ profile: 'honeywell' }),
    );
    expect(out[0]?.type === 'code' && out[0].text).not.toBe('8991234567891');
  });

  it('ignores reports other than 0x02 between the packets of one code', () => {
    const out = replay(
      loadHidFixture('interleaved-other-report.hid'),
      new HidPosAssembler({ profile: 'honeywell' }),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      type: 'code',
      packets: 2,
      text: `HTTPS://LOKET.EXAMPLE/V/K1${'Q7'.repeat(25)}`,
    });
  });

  it('drops a sequence whose last packet never came instead of gluing it to the next code', () => {
    const out = replay(
      loadHidFixture('truncated-sequence.hid'),
      new HidPosAssembler({ profile: 'honeywell' }),
    );
    expect(out).toEqual([
      expect.objectContaining({ type: 'discarded', reason: 'timeout', packets: 1 }),
      expect.objectContaining({ type: 'code', text: 'LOKET-0042', symbology: 'code128' }),
    ]);
  });

  it('expire() drops the waiting sequence once the timeout has passed, not before', () => {
    const rec = loadHidFixture('truncated-sequence.hid');
    const a = new HidPosAssembler({ profile: 'honeywell', sequenceTimeoutMs: 300 });
    expect(a.push(rec.events[0]!.report, 1000)).toEqual([]);
    expect(a.deadline()).toBe(1300);
    expect(a.expire(1299)).toEqual([]);
    expect(a.expire(1300)).toEqual([expect.objectContaining({ type: 'discarded', reason: 'timeout' })]);
    expect(a.pending).toBe(false);
  });

  it('reads the 63-byte variant only when allowMissingReportId is set', () => {
    const rec = loadHidFixture('no-report-id-63-bytes.hid');
    expect(rec.events[0]?.report.length).toBe(63);
    expect(replay(rec, new HidPosAssembler({ profile: 'honeywell' }))).toEqual([]);
    const out = replay(rec, new HidPosAssembler({ profile: 'honeywell', allowMissingReportId: true }));
    expect(out).toEqual([
      expect.objectContaining({
        type: 'code',
        text: 'K1ABCDEFGHJKMNPQRSTVWXYZ0123',
        aim: ']Q1',
        symbology: 'qr-code',
      }),
    ]);
  });

  it('clamps a length byte above 56 so the trailer is never read as data', () => {
    const out = replay(loadHidFixture('length-over-56.hid'), new HidPosAssembler({ profile: 'honeywell' }));
    expect(out).toHaveLength(1);
    const code = out[0];
    expect(code?.type === 'code' && code.text).toBe(
      '01234567890123456789012345678901234567890123456789ABCDEF',
    );
    expect(code).toMatchObject({ codeId: 'j', symbology: 'code128' });
  });

  it('drops a code that never ends (stuck continuation bit) at maxCodeBytes', () => {
    const a = new HidPosAssembler({ profile: 'honeywell', maxCodeBytes: 200 });
    const more = new Uint8Array(64);
    more.set([0x02, 56, 0x5d, 0x51, 0x31]);
    more[63] = 1;
    const out = [0, 1, 2, 3].flatMap((i) => a.push(more, i));
    expect(out).toEqual([expect.objectContaining({ type: 'discarded', reason: 'too-long', packets: 4 })]);
  });
});
