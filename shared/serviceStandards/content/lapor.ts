// 1. SP4N-LAPOR! (decree 18/2024, lampiran no. 1).
import type { StandardEntry } from '../catalogue';
import {
  cityAndOfficeSocialMedia,
  complaintHandlingLaws,
  fiveS,
  freeOfCharge,
  masterSop,
  officeComplaintBox,
  officeEmail,
  officeWebsite,
  safetyWithCctv,
  serviceGuaranteeItems,
  standardServiceNotice,
  supervisionByLine,
  t,
} from './text';

export const lapor: StandardEntry = {
  serviceId: 'lapor',
  name: t(
    'Pelayanan Pengaduan Masyarakat/ Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional-Layanan Aspirasi Pengaduan Online Rakyat (SP4N-LAPOR!)',
    "Public complaints service / National Public Service Complaint Management System – People's Online Aspiration and Complaint Service (SP4N-LAPOR!)",
  ),
  shortName: t('Pengaduan SP4N-LAPOR!', 'Complaints (SP4N-LAPOR!)'),
  summary: t(
    'Laporkan masalah pelayanan publik atau infrastruktur di Kota Pontianak lewat SP4N-LAPOR!.',
    'Report a problem with a public service or infrastructure in Pontianak through SP4N-LAPOR!.',
  ),
  requirements: [
    t('Laporan Kejadian', 'A report of what happened'),
    t('Media Pelaporan (Website, Aplikasi)', 'A way to report (website, app)'),
    t(
      'Identitas pelapor (alamat surat elektronik/email dan telepon)',
      "The reporter's identity (e-mail address and phone number)",
    ),
    t(
      'Lokasi laporan kejadian (alamat kelurahan, kecamatan) keterangan foto laporan kejadian.',
      'Where it happened (address, kelurahan, kecamatan) and a photo of what is reported.',
    ),
  ],
  procedure: [
    {
      steps: [
        t(
          'Laporan kejadian, berkaitan dengan pelayanan publik dan infrastruktur di Kota Pontianak disampaikan melalui aplikasi android/iOS SP4N-LAPOR!, website di lapor.go.id, atau SMS ke 1708. Pelapor harus mengisi identitas dan melengkapi laporan dengan lokasi yang jelas (alamat, kelurahan dan kecamatan), juga keterangan foto pendukung laporan kejadian.',
          'A report about public services or infrastructure in Pontianak is sent through the SP4N-LAPOR! app for Android/iOS, the website lapor.go.id, or by SMS to 1708. The reporter fills in their identity and completes the report with a clear location (address, kelurahan and kecamatan) and a supporting photo.',
        ),
        t(
          'Admin Pengaduan Publik menerima laporan kejadian setelah melalui verifikasi dari pusat. Kemudian dilakukan verifikasi kedua dari admin untuk memeriksa kelengkapan informasi, lokasi dan dokumen pendukung laporan kejadian. Apabila kurang lengkap, maka dapat dikembalikan kepada pelapor untuk melengkapi informasi yang diperlukan. Jika laporan kejadian tidak sesuai kewenangan Pemerintah Kota Pontianak, maka admin dapat mengembalikan laporan tersebut ke Admin Pusat.',
          "The public complaints admin receives the report once the national centre has verified it, then verifies it a second time: is the information complete, is the location clear, are the supporting documents there? An incomplete report can be returned to the reporter to add what is missing. A report outside the Pontianak City Government's authority can be returned to the national admin.",
        ),
        t(
          'Apabila laporan sudah lengkap informasinya dan sesuai dengan kewenangan Pemerintah Kota Pontianak, maka Admin Pengaduan Publik bersama Analis Pengaduan Publik, Kepala Bidang Informasi dan Komunikasi Publik akan menganalisa dan berkoordinasi dengan OPD terkait untuk meneruskan laporan. Kemudian admin akan meneruskan laporan kejadian ke OPD yang sesuai kewenangan untuk menindaklanjutinya.',
          "When the report is complete and within the city government's authority, the public complaints admin, the public complaints analyst and the Head of the Public Information and Communication Division analyse it and coordinate with the office concerned (OPD). The admin then forwards the report to the office responsible for following it up.",
        ),
        t(
          'Laporan kemudian diterima Pejabat Penghubung di OPD, dalam hal ini status laporannya terverifikasi (belum ditindaklanjuti). Dalam waktu 60 hari laporan diproses dan Pejabat Penghubung harus memberikan informasi atau tanggapan terkait laporan melalui aplikasi SP4N-LAPOR!.',
          'The liaison officer at that office receives the report, whose status is then verified (not yet followed up). The report is processed within 60 days, and the liaison officer must give information or a response about it in the SP4N-LAPOR! app.',
        ),
        t(
          'Pejabat penghubung di OPD yang sudah memberikan tanggapan laporan kejadian, maka status laporan berubah dari terverifikasi (belum ditindaklanjuti) menjadi Proses. Dalam waktu 10 hari jika tidak ada tanggapan balik dari pelapor, maka dapat dinyatakan selesai secara otomatis.',
          'Once the liaison officer has responded, the status changes from verified (not yet followed up) to In process. If the reporter does not reply within 10 days, the report can be closed automatically.',
        ),
        t(
          'Admin Pengaduan Publik akan mengecek proses tindaklanjut laporan, dapat berkoordinasi dan mengingatkan kembali apabila laporan kejadian belum ditanggapi Pejabat Penghubung di OPD.',
          "The public complaints admin checks the follow-up, and can coordinate with and remind the office's liaison officer when a report has not been answered.",
        ),
        t(
          'Admin Pengaduan Publik akan merekap laporan bulanan terkait aktivitas laporan kejadian yang diproses Pemerintah Kota Pontianak. Laporan bulanan ini akan menjadi evaluasi yang selanjutnya oleh Analis Pengaduan Publik dan Kepala Bidang Informasi dan Komunikasi Publik untuk dilakukan monitoring dan evaluasi laporan pengaduan publik.',
          'The public complaints admin compiles a monthly recap of the reports the city government handled. The public complaints analyst and the Head of the Public Information and Communication Division use it to monitor and evaluate public complaints.',
        ),
      ],
    },
  ],
  serviceTime: [
    t(
      '3 hari kerja untuk verifikasi dari Admin Pengaduan Publik',
      '3 working days for verification by the public complaints admin',
    ),
    t(
      '60 hari kerja + waktu penyelesaian laporan dari masing-masing OPD',
      '60 working days plus the time each office (OPD) needs to resolve the report',
    ),
  ],
  cost: freeOfCharge,
  product: t('SP4N-LAPOR!', 'SP4N-LAPOR!'),
  complaintChannels: [
    cityAndOfficeSocialMedia,
    officeComplaintBox,
    {
      kind: 'inPerson',
      label: t(
        'Tatap muka langsung dengan pejabat Pengelola Pengaduan',
        'In person with the complaints officer',
      ),
    },
    officeWebsite(),
    officeEmail(),
  ],
  legalBasis: complaintHandlingLaws,
  facilities: [
    t('Ruangan', 'A room'),
    t('Meja', 'Desks'),
    t('Kursi', 'Chairs'),
    t('Komputer', 'Computers'),
    t('Jaringan Wifi', 'Wi-Fi network'),
    t('Aplikasi LAPOR!. (www.lapor.go.id)', 'The LAPOR! application (www.lapor.go.id)'),
  ],
  staffCount: t('6 Orang', '6 people'),
  staffCompetence: [fiveS, t('Menguasai Aplikasi E-LAPOR!', 'Knows the E-LAPOR! application'), masterSop],
  supervision: supervisionByLine,
  serviceGuarantee: serviceGuaranteeItems,
  safetyGuarantee: safetyWithCctv,
  evaluation: [
    t('Evaluasi Laporan Bulanan', 'Review of the monthly reports'),
    t('Evaluasi Laporan Tahunan', 'Review of the yearly report'),
    t('Laporan Evaluasi Prov Kalbar.', 'Evaluation report to the West Kalimantan provincial government.'),
  ],
  serviceNotice: standardServiceNotice,
};
