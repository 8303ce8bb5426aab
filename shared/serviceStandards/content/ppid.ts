// 3. Public information (PPID) (decree 18/2024, lampiran no. 3). The decree gives three procedures
// (the request, online or at the desk; the objection; the dispute), each its own section here.
import type { StandardEntry } from '../catalogue';
import {
  cityAndOfficeSocialMedia,
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

export const ppid: StandardEntry = {
  serviceId: 'ppid',
  name: t(
    'Pelayanan Informasi pada Pejabat Pelayanan Informasi dan Dokumentasi (PPID)',
    'Public information service of the Information and Documentation Officer (PPID)',
  ),
  shortName: t('Informasi publik (PPID)', 'Public information (PPID)'),
  summary: t(
    'Minta dokumen atau informasi publik Pemerintah Kota Pontianak, dan ajukan keberatan bila tidak terlayani.',
    'Ask for public documents or information of the Pontianak City Government, and object if you are not served.',
  ),
  requirements: [
    t('Permohonan informasi', 'A request for information'),
    t(
      'Fotocopy identitas jika mendatangi pelayanan PPID secara langsung atau memindai (scan) identitas di web ppid.pontianak.go.id. Identitas penelpon (nama, alamat, nomor telepon) Informasi/pengaduan yang ditanyakan, disampaikan penelpon.',
      "A photocopy of your ID if you come to the PPID desk in person, or a scan of your ID uploaded at ppid.pontianak.go.id. The caller's identity (name, address, phone number) and the question or complaint the caller brings.",
    ),
  ],
  procedure: [
    {
      title: t(
        'Pelayanan Informasi Publik: Layanan Secara Daring (online)',
        'Public information service: online',
      ),
      steps: [
        t(
          'Pemohon informasi dapat menyampaikan permohonan informasi yang dibutuhkan dengan mengisi formulir yang dapat diakses di web ppid.pontianak.go.id',
          'The applicant requests the information they need by filling in the form at ppid.pontianak.go.id',
        ),
        t(
          'Melakukan registrasi berkas permohonan informasi publik. Jika dokumen/informasi yang diminta telah termasuk dalam Daftar Informasi Publik (DIP) yang sudah terdapat di web, maka bisa langsung diunduh oleh pemohon informasi. Jika informasi yang diminta belum termasuk dalam DIP, maka berkas permohonan disampaikan kepada PPID atau PPID Pembantu.',
          'The request is registered. If the document or information is already in the Public Information List (DIP) on the website, the applicant can download it right away. If it is not in the DIP yet, the request goes to the PPID or an assistant PPID.',
        ),
        t(
          'PPID meminta kepada komponen atau Perangkat Daerah untuk memberikan dokumen/informasi yang sudah termasuk dalam DIP untuk diberikan kepada PPID atau PPID Pembantu.',
          'The PPID asks the unit or regional office concerned to hand the document or information in the DIP to the PPID or assistant PPID.',
        ),
        t(
          'Memberikan dokumen/informasi yang diminta pemohon informasi yang telah menandatangani tanda bukti penerimaan dokumen/informasi.',
          'The document or information is given to the applicant, who signs a receipt for it.',
        ),
      ],
    },
    {
      title: t(
        'Pelayanan Informasi Publik: Layanan Secara Luring/Langsung (offline)',
        'Public information service: in person (offline)',
      ),
      steps: [
        t(
          'Pemohon informasi dapat menyampaikan permohonan informasi yang dibutuhkan dengan mengisi formulir yang dibutuhkan dengan mengisi formulir yang tersedia di meja pelayanan PPID.',
          'The applicant requests the information they need by filling in the form available at the PPID service desk.',
        ),
        t(
          'Melakukan registrasi berkas permohonan informasi publik. Jika dokumen/informasi yang diminta telah termasuk dalam Informasi Publik (DIP) dan dimiliki oleh petugas pelayanan maka langsung dapat diberikan kepada pemohon informasi.',
          'The request is registered. If the document or information is in the Public Information List (DIP) and the desk officer has it, it can be given to the applicant right away.',
        ),
        t(
          'Pemohon informasi mendapatkan pemberitahuan tertulis tentang diterimanya atau tidaknya informasi dalam jangka 10 hari kerja.',
          'Within 10 working days the applicant is told in writing whether the request is granted.',
        ),
        t(
          'Apabila pemohon informasi masih tidak puas kepada badan publik, maka dapat mengajukan keberatan.',
          'An applicant who is still not satisfied with the public body can file an objection.',
        ),
      ],
    },
    {
      title: t('Pengajuan Keberatan', 'Filing an objection'),
      steps: [
        t(
          'Pemohon informasi menyampaikan pengajuan keberatan atas tidak terlayannya permohonan informasi yang dibutuhkan melalui : (1) datang langsung dan mengisi formulir permohonan pengajuan dan mengisi formulir publik dengan melengkapi fotokopi identitas diri; (2) melalui web dengan mengisi formulir yang telah diunduh dan menyerahkan pindaian (scan) identitas diri kemudian dikirim ke alamat email PPID yang tertera di web.',
          "The applicant objects to a request that was not served: (1) in person, by filling in the objection form with a photocopy of their ID; or (2) online, by filling in the downloaded form and sending it with a scan of their ID to the PPID's e-mail address shown on the website.",
        ),
        t(
          'Melakukan registrasi formulir pengajuan keberatan pelayanan informasi dan menyampaikan pengajuan keberatan kepada atasan PPID.',
          "The objection is registered and passed on to the PPID's superior.",
        ),
        t(
          'Memeriksa formulir pengajuan keberatan dari Para Pemohon Informasi dan memerintahkan PPID dan PPID Pembantu untuk menjawab permohonan informasi.',
          'The superior examines the objection and instructs the PPID and assistant PPID to answer the request.',
        ),
        t(
          'Memerintahkan kepada PPID dan PPID Pembantu untuk memenuhi permintaan informasi dari Pemohon Informasi.',
          'The superior instructs the PPID and assistant PPID to provide the information requested.',
        ),
        t(
          'Memberikan informasi yang diminta oleh Pemohon Informasi kepada atasan PPID jika informasi yang dimaksud telah masuk DIP. Atasan PPID akan menjawab pengajuan keberatan kepada Pemohon Informasi tidak termasuk dalam DIP yang telah diumumkan, karena informasi yang belum tersedia atau termasuk informasi dikecualikan, maka diberikan surat penolakan kepada Pemohon Informasi.',
          "If the information is in the DIP, it is given to the PPID's superior for the applicant. If it is not in the published DIP, because it is not available yet or is exempt information, the superior answers the objection with a letter of refusal.",
        ),
      ],
    },
    {
      title: t('Permohonan Penyelesaian Sengketa', 'Requesting the settlement of a dispute'),
      steps: [
        t(
          'Setiap Pemohon Informasi dapat mengajukan keberatan secara tertulis kepada atasan PPID dalam waktu 10 hari kerja, sejak permohonan informasi teregistrasi dan diberikan. Perpanjangan pemenuhan permohonan informasi selama 7 hari sejak pemberitahuan tertulis diberikan dan tidak dapat diperpanjang lagi.',
          "Every applicant can object in writing to the PPID's superior within 10 working days of the request being registered and answered. Fulfilling a request can be extended once, by 7 days from the written notice, and no further.",
        ),
        t(
          'Atasan PPID menetapkan Tim fasilitasi sengketa informasi untuk mengupayakan penyelesaian sengketa informasi, yang dibentuk oleh PPID Utama.',
          "The PPID's superior appoints an information dispute facilitation team, formed by the Main PPID, to work towards settling the dispute.",
        ),
        t(
          'Tim fasilitasi sengketa informasi diketuai oleh PPID Utama dan beranggotakan PPID Pembantu terkait, pejabat yang menangani bidang hukum, pejabat fungsional, serta JFU yang sesuai dengan kebutuhan.',
          'The team is chaired by the Main PPID, with the assistant PPIDs concerned, the legal affairs officer, functional officials and general functional staff (JFU) as needed.',
        ),
        t(
          'Tim fasilitasi sengketa informasi melaporkan proses penanganan sengketa informasi kepada Atasan PPID.',
          "The team reports on its handling of the dispute to the PPID's superior.",
        ),
        t(
          'Upaya penyelesaian sengketa informasi publik diajukan kepada Komisi Informasi Pusat, Komisi Informasi Provinsi, Komisi Informasi Kabupaten/Kota sesuai dengan kewenangannya apabila tanggapan Atasan PPID dalam proses, keberatan tidak memuaskan Pemohon Informasi.',
          "If the superior's response to the objection does not satisfy the applicant, the dispute is brought to the Central, Provincial or Regency/City Information Commission, whichever has authority.",
        ),
      ],
    },
  ],
  serviceTime: [
    t('Pelayanan Informasi Publik : 10 hari kerja', 'Public information request: 10 working days'),
    t('Pengajuan Keberatan : 30 hari kerja', 'Objection: 30 working days'),
    t('Permohonan Penyelesaian Sengketa : 14 hari kerja', 'Dispute settlement: 14 working days'),
  ],
  cost: freeOfCharge,
  product: t('Dokumen/Informasi', 'Documents or information'),
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
  legalBasis: [
    t(
      'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 61, Tambahan Lembaran Negara Nomor 4846)',
      'Law No. 14 of 2008 on Public Information Disclosure (State Gazette 2008 No. 61, Supplement No. 4846)',
    ),
    t(
      'Peraturan Pemerintah No. 61 Tahun 2010 tentang Pelaksanaan UU No 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
      'Government Regulation No. 61 of 2010 on the Implementation of Law No. 14 of 2008 on Public Information Disclosure',
    ),
    t(
      'Permendagri No 35 Tahun 2010 tentang Pedoman Pengelolaan Pelayanan Informasi dan Dokumentasi',
      'Minister of Home Affairs Regulation No. 35 of 2010 on Guidelines for Managing Information and Documentation Services',
    ),
    t(
      'Peraturan Wali Kota Pontianak Nomor 49 Tahun 2018 tentang Pedoman Pengelolaan Pelayanan Informasi dan Dokumentasi Di Lingkungan Pemerintah Kota Pontianak.',
      'Pontianak Mayor Regulation No. 49 of 2018 on Guidelines for Managing Information and Documentation Services within the Pontianak City Government.',
    ),
  ],
  facilities: [
    t('Website (ppid.pontianak.go.id)', 'Website (ppid.pontianak.go.id)'),
    t('Kursi tamu', 'Chairs for visitors'),
    t(
      'Meja layanan informasi dan kursi petugas data dan informasi',
      'An information desk and chairs for the data and information officers',
    ),
    t(
      'Personal Computer (PC) yang terkoneksi dengan internet',
      'Personal computers (PC) connected to the internet',
    ),
    t('Telepon', 'Telephone'),
    t('Unit printer', 'A printer'),
    t('Lemari arsip', 'Archive cupboards'),
    t('Filling kabinet', 'Filing cabinets'),
  ],
  staffCount: t('6 Orang', '6 people'),
  staffCompetence: [
    fiveS,
    t('Menguasai Aplikasi Berbasis Website', 'Knows web-based applications'),
    masterSop,
    t('Menguasai Peraturan Komisi Informasi', 'Knows the Information Commission regulations'),
  ],
  supervision: supervisionByLine,
  serviceGuarantee: serviceGuaranteeItems,
  safetyGuarantee: safetyWithCctv,
  evaluation: [
    t('Evaluasi Laporan Bulanan', 'Review of the monthly reports'),
    t('Evaluasi Laporan Tahunan', 'Review of the yearly report'),
    t(
      'Monev KI Prov Kalbar',
      'Monitoring and evaluation by the West Kalimantan Provincial Information Commission',
    ),
  ],
  serviceNotice: standardServiceNotice,
};
