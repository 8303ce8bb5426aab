// 4. Data service (decree 18/2024, lampiran no. 4). Its evaluation (component 14) repeats the
// facilities of component 8: a copy error the catalogue keeps (errata.ts).
import type { StandardEntry } from '../catalogue';
import {
  complaintBox,
  freeOfCharge,
  safetyWithCctv,
  standardServiceNotice,
  supervisionByLine,
  t,
} from './text';

export const data: StandardEntry = {
  serviceId: 'data',
  name: t('Pelayanan Data', 'Data service'),
  shortName: t('Pelayanan data', 'Data service'),
  summary: t(
    'Minta data statistik Kota Pontianak, atau unduh sendiri di satudata.pontianak.go.id.',
    'Ask for Pontianak city statistics, or download them yourself at satudata.pontianak.go.id.',
  ),
  requirements: [
    t('Surat Permintaan Data', 'A letter requesting the data'),
    t('Tatap Muka', 'In person'),
    t('Website satudata.pontianak.go.id', 'Website satudata.pontianak.go.id'),
  ],
  procedure: [
    {
      steps: [
        t(
          'Pemohon data dapat memperoleh datanya melalui website satudata.pontianak.go.id atau dapat menyampaikan permohonan data yang dibutuhkan melalui surat permintaan data dan tatap muka langsung',
          'You can get the data from the website satudata.pontianak.go.id, or request the data you need with a letter and in person',
        ),
        t(
          'Jika data yang diminta sudah terdapat di website satudata.pontianak.go.id, maka data dapat langsung diberikan kepada pemohon atau bisa langsung diunduh oleh pemohon data. Jika data yang diminta belum termasuk dalam Daftar Data Kota Pontianak, maka berkas permohonan data dapat disampaikan kepada Walidata',
          'If the data is already on satudata.pontianak.go.id, it is given to you at once or you can download it. If it is not yet in the Pontianak Data List, the request goes to the data custodian (Walidata)',
        ),
        t(
          'Walidata dapat meminta data baik langsung atau tidak langsung melalui surat kepada Walidata Pendukung atau Perangkat Daerah untuk memberikan Data yang sudah termasuk dalam Daftar Data Kota Pontianak, kepada Walidata untuk diberikan kepada pemohon data atau pengguna data',
          'The data custodian asks the supporting custodians or the regional office concerned, directly or by letter, for the listed data, to pass it on to the applicant or data user',
        ),
        t(
          'Memberikan data yang diminta oleh pemohon data yang telah menandatangani tanda bukti penerimaan data.',
          'The data is given to the applicant, who signs a receipt for it.',
        ),
      ],
    },
  ],
  serviceTime: [
    t('Pelayanan Data perorang : 30 menit', 'Data for an individual: 30 minutes'),
    t('Pelayanan Data perOPD : 10 hari kerja', 'Data for a government office (OPD): 10 working days'),
  ],
  cost: freeOfCharge,
  product: t('Pelayanan Permintaan Data', 'Data request service'),
  complaintChannels: [
    {
      kind: 'phone',
      label: t('Telepon pengaduan (0561) 8181771', 'Complaints telephone (0561) 8181771'),
      value: '05618181771',
    },
    complaintBox,
    {
      kind: 'inPerson',
      label: t(
        'Tatap muka langsung dengan pejabat pengelola pengaduan',
        'In person with the complaints officer',
      ),
    },
    {
      kind: 'website',
      label: t('Website : diskominfo.pontianak.go.id', 'Website: diskominfo.pontianak.go.id'),
      value: 'diskominfo.pontianak.go.id',
    },
    {
      kind: 'email',
      label: t('Email : statistikdki@pontianak.go.id', 'E-mail: statistikdki@pontianak.go.id'),
      value: 'statistikdki@pontianak.go.id',
    },
  ],
  legalBasis: [
    t('Undang-Undang Nomor 16 Tahun 1997 tentang Statistik', 'Law No. 16 of 1997 on Statistics'),
    t(
      'Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia',
      'Presidential Regulation No. 39 of 2019 on One Data Indonesia',
    ),
    t(
      'Peraturan Wali Kota Nomor 46 Tahun 2021 tentang Satu Data Kota Pontianak.',
      'Mayor Regulation No. 46 of 2021 on One Data Pontianak.',
    ),
  ],
  facilities: [t('Komputer', 'Computers'), t('Akses Internet', 'Internet access'), t('Data.', 'Data.')],
  staffCount: t('4 Orang', '4 people'),
  staffCompetence: [
    t('Memiliki kemampuan mengoperasikan minimal Microsoft Office', 'Can use at least Microsoft Office'),
    t('Memiliki kemampuan operasionalisasi software GIS', 'Can use GIS software'),
    t(
      'Memiliki kemampuan menjaga data IGT yang tidak boleh dipublikasi',
      'Can protect thematic geospatial data (IGT) that must not be published',
    ),
    t(
      'Memiliki kemampuan untuk menyebarkan data IGT yang legal/resmi.',
      'Can distribute legal, official thematic geospatial data (IGT).',
    ),
  ],
  supervision: supervisionByLine,
  serviceGuarantee: [
    t('Maklumat Pelayanan', 'Service notice (Maklumat Pelayanan)'),
    t('Pakta Integritas', 'Integrity pact'),
    t('Motto Kerja', 'Work motto'),
    t(
      'Pencatatan dan Pendataan disimpan dalam bentuk softcopy dan hardcopy.',
      'Records and data are kept in digital and paper form.',
    ),
  ],
  safetyGuarantee: safetyWithCctv,
  evaluation: [t('Komputer', 'Computers'), t('Akses Internet', 'Internet access'), t('Data', 'Data')],
  serviceNotice: standardServiceNotice,
};
