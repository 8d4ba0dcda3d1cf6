import { describe, expect, it } from 'vitest';
import { stripFurniture } from '../../../src/ingest/furniture.ts';

const P1 = 'Kemenperin dan MIIT sepakat memperluas kerja sama hilirisasi nikel di Morowali.';
const P2 = 'Kedua pihak menilai rantai pasok baterai perlu diperkuat dari hulu hingga hilir.';

describe('stripFurniture', () => {
  it('cuts a trailing sidebar of headlines and their dates', () => {
    const sidebar = ['Populer', 'OTT KPK Tangkap Kepala Dinas di Bekasi', 'Senin, 22 Desember 2025 | 17:57', 'UPDATE', 'Jalan Terjal Distribusi BBM', 'Selengkapnya'];
    expect(stripFurniture([P1, P2, ...sidebar], undefined)).toEqual([P1, P2]);
  });

  it('drops "Baca juga" lines and lists, and keeps the story after them', () => {
    const blocks = [P1, 'Baca juga: Harga Nikel Turun Tiga Pekan', 'Baca juga:', 'PLTS Atap Tumbuh di Kawasan Industri', 'Read also: Nickel prices fall', P2];
    expect(stripFurniture(blocks, undefined)).toEqual([P1, P2]);
  });

  it('drops a "Baca juga" line however long its headline', () => {
    const story = 'Pabrik itu mulai berproduksi pada awal tahun dan menyerap dua ribu pekerja lokal.';
    const link = 'BACA JUGA: Produsen Mobil Listrik Asal Tiongkok Resmikan Pabrik Kedua di Jawa Barat, Kapasitasnya Naik Dua Kali Lipat dari Rencana Awal';
    expect(stripFurniture([story, link, story.replace('awal', 'akhir')], undefined)).toEqual([story, story.replace('awal', 'akhir')]);
  });

  it('drops invitations to follow the outlet, and keeps sentences that merely mention the news', () => {
    const story = 'Kementerian akan mengumumkan hasil negosiasi itu pekan depan, kata juru bicaranya.';
    const blocks = [story, 'Simak breaking news dan berita pilihan kami langsung di ponselmu.', 'Ikuti kami di Google News.', 'Berita itu dibantah perusahaan pada Selasa.'];
    expect(stripFurniture(blocks, undefined)).toEqual([story, 'Berita itu dibantah perusahaan pada Selasa.']);
  });

  it('drops comment widgets, share rows, captions and label lines', () => {
    const blocks = [
      'Pekerja di kawasan industri Morowali (Foto: Antara)',
      P1,
      'Bagikan: Facebook Twitter WhatsApp',
      P2,
      'Editor: Andi Darmawan',
      'Tags: nikel, smelter',
      'No comments so far.',
      'Be first to leave comment below.',
    ];
    expect(stripFurniture(blocks, undefined)).toEqual([P1, P2]);
  });

  it("removes the editors' initials after the last sentence, not an abbreviation inside it", () => {
    expect(stripFurniture([P1, `${P2} (DIN/GIT).`], undefined)).toEqual([P1, P2]);
    expect(stripFurniture([P1, 'Pemerintah mendorong energi baru terbarukan (EBT).'], undefined)).toEqual([P1, 'Pemerintah mendorong energi baru terbarukan (EBT).']);
    expect(stripFurniture([`${P1} (Ran)`], undefined)).toEqual([P1]);
  });

  it('keeps one copy of a repeated paragraph and drops the headline printed in the body', () => {
    expect(stripFurniture([P1, 'Kemenperin Teken MoU di Bidang Industri', P1, P2], 'Kemenperin Teken MoU di Bidang Industri')).toEqual([P1, P2]);
  });
});
