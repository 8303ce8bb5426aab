// A year of Pontive Center requests for the reports tests, made by rule (no randomness): each month
// some room loans, visits and video conferences in both rooms, the past ones with their activity
// report (attendance, now and then a failed device), some refused or cancelled; and the year's
// application requests, accepted for the next RKA or refused. Known totals the tests count against.
import { requestIntakeSchema } from '../../../shared/requests/intake';
import type { RequestRecord } from '../../../shared/requests/requestRecord';
import type { RequestReportInput, RequestReportPeriod } from '../../../shared/requests/requestReports';
import { admin, kasi, pontiveSteps } from './lettersFixtures';

/** 2 January 2027, 09:00 WIB: when the yearly reports of 2026 are made. */
export const REPORT_MADE_AT = Date.parse('2027-01-02T09:00:00+07:00');
const at = (iso: string) => Date.parse(`${iso}+07:00`);
const pad = (n: number) => String(n).padStart(2, '0');

const OFFICES = [
  'Dinas Pendidikan dan Kebudayaan Kota Pontianak',
  'SMA Negeri 1 Pontianak',
  'Universitas Tanjungpura',
  'Komunitas Startup Pontianak',
  'Badan Kepegawaian dan Pengembangan SDM',
  'Kecamatan Pontianak Selatan',
];

type RoomTypeId = 'room_loan' | 'visit' | 'video_conference';

function roomRequest(
  n: number,
  typeId: RoomTypeId,
  day: string,
  start: string,
  end: string,
  roomId: string,
  outcome: 'done' | 'scheduled' | 'rejected' | 'cancelled',
  attendance: number,
  problem?: { itemName: string; note: string },
): RequestRecord {
  const office = OFFICES[n % OFFICES.length]!;
  const entered = at(`${day}T08:00:00`) - 5 * 86_400_000;
  const enteredDay = new Date(entered + 7 * 3_600_000).toISOString().slice(0, 10);
  const participants = 10 + ((n * 7) % 30);
  return {
    id: `r${n}`,
    reference: `PMH-2026-R${String(n).padStart(5, '0')}`,
    intake: requestIntakeSchema.parse({
      typeId,
      office,
      contactName: 'Narahubung',
      subject:
        typeId === 'visit'
          ? `Kunjungan ke Pontive Center (${office})`
          : typeId === 'video_conference'
            ? 'Video conference koordinasi'
            : 'Rapat koordinasi',
      letter: { number: `005/${n}/2026`, date: enteredDay, receivedOn: enteredDay },
      event: { roomId, day, start, end, participants },
      noBuffet: true,
    }),
    kind: 'room',
    source: n % 3 === 0 ? 'portal' : 'desk',
    enteredAt: entered,
    enteredBy: admin,
    attendanceToken: `TOKEN${String(n).padStart(11, '0')}`,
    statusTokenHash: null,
    steps: pontiveSteps(enteredDay),
    schedule:
      outcome === 'done' || outcome === 'scheduled'
        ? {
            slot: { roomId, day, start, end },
            moved: false,
            note: '',
            officer: admin,
            at: entered + 3_600_000,
          }
        : null,
    decision:
      outcome === 'rejected' || outcome === 'cancelled'
        ? {
            outcome,
            reason: outcome === 'rejected' ? 'Ruangan sedang dalam perbaikan' : 'Dibatalkan oleh pemohon',
            analysis: '',
            discussion: '',
            rkaYear: null,
            officer: kasi,
            at: entered + 7_200_000,
          }
        : null,
    tasks: [],
    report:
      outcome === 'done'
        ? {
            attendance,
            summary: 'Kegiatan berjalan lancar.',
            problems: problem ? [{ itemId: 'item-1', ...problem }] : [],
            officer: admin,
            at: at(`${day}T12:00:00`),
          }
        : null,
  };
}

/**
 * 2026 at Pontive Center: in every month three loans, two visits and a video conference (all held
 * with their reports up to November, scheduled in December), one loan refused and one cancelled.
 * In December one loan's attendance carries a failed projector and a hostile note.
 */
export function pontiveYear(): RequestRecord[] {
  const records: RequestRecord[] = [];
  let n = 1;
  for (let m = 1; m <= 12; m++) {
    const month = `2026-${pad(m)}`;
    const held = m < 12 ? 'done' : 'scheduled';
    const attend = (k: number) => (m < 12 ? 12 + ((m * 5 + k * 3) % 20) : 0);
    records.push(
      roomRequest(n++, 'room_loan', `${month}-03`, '09:00', '11:00', 'pontive', held, attend(1)),
      roomRequest(n++, 'room_loan', `${month}-09`, '13:00', '15:30', 'rapat', held, attend(2)),
      roomRequest(
        n++,
        'room_loan',
        `${month}-17`,
        '08:00',
        '12:00',
        'pontive',
        m === 11 ? 'done' : held,
        attend(3),
        m % 4 === 0 || m === 11
          ? {
              itemName: 'Proyektor ruang Pontive',
              note: m === 11 ? 'Lampu mati <script>alert(1)</script> 🔥' : 'Kabel HDMI longgar',
            }
          : undefined,
      ),
      roomRequest(n++, 'visit', `${month}-10`, '09:00', '10:30', 'pontive', held, attend(4)),
      roomRequest(n++, 'visit', `${month}-24`, '13:00', '14:30', 'pontive', held, attend(5)),
      roomRequest(n++, 'video_conference', `${month}-15`, '10:00', '12:00', 'rapat', held, attend(6)),
      roomRequest(n++, 'room_loan', `${month}-21`, '09:00', '11:00', 'rapat', 'rejected', 0),
      roomRequest(n++, 'room_loan', `${month}-22`, '09:00', '11:00', 'pontive', 'cancelled', 0),
    );
  }
  return records;
}

/** The year's application requests: three accepted for the 2027 RKA, two refused, one still in the chain. */
export function applicationsYear(): RequestRecord[] {
  const make = (
    n: number,
    office: string,
    subject: string,
    received: string,
    decision: { outcome: 'accepted' | 'rejected'; days: number; text: string } | null,
  ): RequestRecord => ({
    id: `a${n}`,
    reference: `PMH-2026-A${String(n).padStart(5, '0')}`,
    intake: requestIntakeSchema.parse({
      typeId: 'application',
      office,
      contactName: 'Narahubung',
      subject,
      letter: { number: `027/${n}/2026`, date: received, receivedOn: received },
    }),
    kind: 'application',
    source: 'desk',
    enteredAt: at(`${received}T10:00:00`),
    enteredBy: admin,
    attendanceToken: `APP${String(n).padStart(13, '0')}`,
    statusTokenHash: null,
    steps: [],
    schedule: null,
    decision: decision
      ? {
          outcome: decision.outcome,
          reason: decision.outcome === 'rejected' ? decision.text : '',
          analysis: decision.outcome === 'accepted' ? decision.text : '',
          discussion: '',
          rkaYear: decision.outcome === 'accepted' ? 2027 : null,
          officer: kasi,
          at: at(`${received}T10:00:00`) + decision.days * 86_400_000,
        }
      : null,
    tasks: [],
    report: null,
  });
  return [
    make(1, 'Bappeda Kota Pontianak', 'Pengembangan aplikasi e-Musrenbang', '2026-02-03', {
      outcome: 'accepted',
      days: 14,
      text: 'Modul usulan kelurahan layak dikembangkan.',
    }),
    make(2, 'Kecamatan Pontianak Kota', 'Aplikasi antrean kecamatan', '2026-03-10', {
      outcome: 'rejected',
      days: 9,
      text: 'Kebutuhan dipenuhi aplikasi Loket yang sudah ada.',
    }),
    make(3, 'Dinas Kesehatan Kota Pontianak', 'Aplikasi jadwal posyandu', '2026-05-18', {
      outcome: 'accepted',
      days: 21,
      text: 'Belum ada aplikasi sejenis; data posyandu tersedia.',
    }),
    make(4, 'Dinas Perhubungan', 'Aplikasi parkir <b>daring</b> 🚗', '2026-08-04', {
      outcome: 'rejected',
      days: 0.25,
      text: 'Sudah ditangani aplikasi provinsi.',
    }),
    make(5, 'Dinas Sosial', 'Pengembangan aplikasi data bantuan sosial', '2026-10-12', {
      outcome: 'accepted',
      days: 30,
      text: 'Integrasi dengan DTKS disetujui dalam pembahasan teknis.',
    }),
    make(6, 'Satpol PP', 'Aplikasi pelaporan ketertiban', '2026-12-01', null),
    // Last year's: outside 2026, never counted.
    make(7, 'Dinas Pariwisata', 'Aplikasi agenda wisata', '2025-11-20', {
      outcome: 'accepted',
      days: 10,
      text: 'Layak.',
    }),
  ];
}

export const periods = {
  december: { kind: 'month', key: '2026-12', from: '2026-12-01', to: '2026-12-31' },
  november: { kind: 'month', key: '2026-11', from: '2026-11-01', to: '2026-11-30' },
  q4: { kind: 'quarter', key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' },
  year: { kind: 'year', key: '2026', from: '2026-01-01', to: '2026-12-31' },
} satisfies Record<string, RequestReportPeriod>;

export function reportInput(period: RequestReportPeriod, records: RequestRecord[]): RequestReportInput {
  return {
    period,
    records,
    complaintsFiled: 3,
    madeAt: REPORT_MADE_AT,
    preparedBy: { name: 'Rina Wulandari', nip: null },
    reviewedBy: { name: kasi.name, nip: '196103291989031004' },
  };
}
