// 2. Call centre (0561) 8181771 (decree 18/2024, lampiran no. 2).
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

export const callCentre: StandardEntry = {
  serviceId: 'call-centre',
  name: t('Pelayanan Call Center (0561-8181771)', 'Call centre service (0561-8181771)'),
  shortName: t('Call center', 'Call centre'),
  summary: t(
    'Telepon (0561) 8181771 untuk menanyakan informasi atau menyampaikan pengaduan tentang layanan Pemerintah Kota Pontianak.',
    'Call (0561) 8181771 to ask about or complain about a Pontianak City Government service.',
  ),
  requirements: [
    t('Telepon/Handphone', 'A telephone or mobile phone'),
    t(
      'Identitas penelpon (Nama, Alamat, Nomor telepon/handphone)',
      "The caller's identity (name, address, telephone or mobile number)",
    ),
    t(
      'Informasi/pengaduan yang ditanyakan disampaikan penelpon',
      'The question or complaint the caller brings',
    ),
  ],
  procedure: [
    {
      steps: [
        t(
          'Penelpon menghubungi layanan call center (0561) 8181771, telepon berbayar untuk menanyakan informasi atau menyampaikan pengaduan',
          'The caller rings the call centre on (0561) 8181771 (a paid call) to ask for information or make a complaint',
        ),
        t(
          'Operator melengkapi identitas penelpon dalam sistem callcenter.pontianak.go.id. Identitas seperti nama, alamat, nomor telepon juga keterangan informasi dan pengaduan yang diperlukan',
          "The operator records the caller's identity in callcenter.pontianak.go.id: name, address and phone number, with the details of the question or complaint",
        ),
        t(
          'Pada sistem telah dimuat daftar tanya jawab (Question and Answer/Q&A), pelayanan yang ada di Pemerintah Kota Pontianak sehingga dapat menjadi panduan Operator saat memberikan jawaban',
          "The system holds a list of questions and answers (Q&A) about the city government's services that guides the operator's answer",
        ),
        t(
          'Apabila yang ditanyakan penelpon tidak tersedia pada daftar tanya dan jawab tersebut, maka operator meminta kepada penelpon untuk menghubungi kembali dalam periode waktu tertentu dan akan dikonfirmasi terlebih dahulu dengan OPD tertentu',
          'If the question is not in the Q&A list, the operator asks the caller to call back within a set time while the answer is confirmed with the office (OPD) concerned',
        ),
        t(
          'Operator bersama Analis Pengaduan Publik dan Pengelola Pengaduan akan menganalisa informasi/pengaduan dari penelpon yang akan dikonfirmasi OPD tertentu',
          "The operator, the public complaints analyst and the complaints officer analyse the caller's question or complaint that the office concerned will confirm",
        ),
        t(
          'Apabila sudah didapat informasi dari OPD tertentu terkait pertanyaan/pengaduan dari penelpon, maka Operator dapat meneruskan jawaban tersebut',
          'Once the office concerned has answered, the operator passes the answer on to the caller',
        ),
        t(
          'Informasi berikut tanggapan dari OPD dapat ditambahkan dalam tanya dan jawab pada sistem callcenter.pontianak.go.id.',
          "The information and the office's response can be added to the Q&A in callcenter.pontianak.go.id.",
        ),
      ],
    },
  ],
  serviceTime: [t('1-2 Jam', '1–2 hours')],
  cost: freeOfCharge,
  product: t('Informasi dan Laporan', 'Information and reports'),
  complaintChannels: [
    { kind: 'phone', label: t('Telepon (0561) 8181771', 'Telephone (0561) 8181771'), value: '05618181771' },
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
    t('Telepon', 'Telephone'),
    t('Ruangan', 'A room'),
    t('Meja', 'Desks'),
    t('Kursi', 'Chairs'),
    t('Komputer', 'Computers'),
    t('Jaringan Wifi', 'Wi-Fi network'),
  ],
  staffCount: t('6 Orang', '6 people'),
  staffCompetence: [fiveS, masterSop],
  supervision: supervisionByLine,
  serviceGuarantee: serviceGuaranteeItems,
  safetyGuarantee: safetyWithCctv,
  evaluation: [
    t('Evaluasi Laporan Bulanan', 'Review of the monthly reports'),
    t('Evaluasi Laporan Tahunan.', 'Review of the yearly report.'),
  ],
  serviceNotice: standardServiceNotice,
};
