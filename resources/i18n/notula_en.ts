<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Perkembangan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>tindak lanjut</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>Ketik tindak lanjut baru, lalu Enter (Insert untuk ke sini)</source>
        <translation>Type a new follow-up, then Enter (Insert to come here)</translation>
    </message>
    <message>
        <source>Dicetak sebagai tabel No · Tindak Lanjut · Penanggung Jawab · Batas Waktu; yang dibawa dari rapat sebelumnya dicetak dengan Perkembangannya. Spasi mencentang Selesai; F2 di Batas waktu membuka kalender.</source>
        <translation>Printed as a table No · Follow-up · Responsible · Due date; those carried from an earlier meeting are printed with their progress. Space ticks Done; F2 on Due date opens the calendar.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>AgendaDelegate</name>
    <message>
        <source>— tanpa agenda —</source>
        <translation>— no agenda item —</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Acara / agenda</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <source>Ketik agenda baru, lalu Enter (Insert untuk ke sini)</source>
        <translation>Type a new agenda item, then Enter (Insert to come here)</translation>
    </message>
    <message>
        <source>Urutan di sini menjadi urutan Acara dan pembahasan di notula. F2 mengubah, Ctrl+↑/↓ memindahkan, Delete menghapus.</source>
        <translation>This order becomes the order of the agenda and the discussion in the minutes. F2 edits, Ctrl+↑/↓ moves, Delete removes.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Notula — arsip tidak dapat dibuka</source>
        <extracomment>the width of the &quot;archive cannot be opened&quot; box&apos;s text, in pixels shows a store problem and returns RETRY, OTHER or QUIT (tests pass their own); the flag says whether trying the same file again can help failures that stay whatever the clerk does meanwhile: another file, or quit</extracomment>
        <translation>Notula — cannot open the archive</translation>
    </message>
    <message>
        <source>Arsip rapat tidak dapat dibuka.</source>
        <translation>The meeting archive cannot be opened.</translation>
    </message>
    <message>
        <source>Pilih berkas lain…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Pilih arsip Notula</source>
        <translation>Choose a Notula archive</translation>
    </message>
    <message>
        <source>Arsip Notula (*.db);;Semua berkas (*)</source>
        <translation>Notula archive (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Arsip Notula (*.db)</source>
        <translation>Notula archive (*.db)</translation>
    </message>
    <message>
        <source>Berkas sisa disisihkan</source>
        <translation>Leftover file set aside</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Terjadi kesalahan tak terduga: {0}
Rincian dicatat di {1}</source>
        <extracomment>how long one GUI write waits inside SQLite for another program&apos;s lock: not long enough to be felt; a save still refused then waits in ctx.saves archive-level edits (new, imported or deleted meetings; the directory) the open meetings&apos; sessions (gui.session.MeetingSession), by meeting id saves waiting for the archive another program holds</extracomment>
        <translation>An unexpected error occurred: {0}
Details were written to {1}</translation>
    </message>
</context>
<context>
    <name>ArchiveIO</name>
    <message>
        <source>Berkas rapat Notula (*.json);;Semua berkas (*)</source>
        <translation>Notula meeting file (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Impor gagal</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Impor {0}</source>
        <translation>Import {0}</translation>
    </message>
    <message>
        <source>Rapat dalam {0} sudah ada di arsip (id {1}).
Impor sebagai salinan baru?</source>
        <translation>The meeting in {0} is already in the archive (id {1}).
Import it as a new copy?</translation>
    </message>
    <message>
        <source>Rapat sudah ada</source>
        <translation>Meeting already exists</translation>
    </message>
    <message>
        <source>Impor sebagai salinan</source>
        <translation>Import as a copy</translation>
    </message>
    <message>
        <source>Impor rapat dari JSON</source>
        <translation>Import a meeting from JSON</translation>
    </message>
    <message>
        <source>Ekspor rapat ke JSON</source>
        <translation>Export the meeting to JSON</translation>
    </message>
    <message>
        <source>{0} sudah ada. Timpa?</source>
        <translation>{0} already exists. Replace it?</translation>
    </message>
    <message>
        <source>Timpa</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Contoh rapat tidak ditemukan: {0}</source>
        <translation>Sample meeting not found: {0}</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Draf</source>
        <extracomment>meetings a search finds at first; scrolling to the end finds FETCH_MORE times as many header fields that decide a meeting&apos;s place in the list</extracomment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <extracomment>the roles :meth:`ArchiveModel.data` answers meetings matching the filter (rowCount) ids found by the search text, None without one False while a search has more matches than it has walked to (see fetchMore) the column titles, shown by the view&apos;s header through a model of their own (see gui.archive.view): this model itself answers Qt&apos;s default numbers</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Bentuk</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Luring</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>tatap muka di satu tempat</source>
        <translation>face to face in one place</translation>
    </message>
    <message>
        <source>lewat rapat video (Zoom dsb.)</source>
        <translation>by video call (Zoom etc.)</translation>
    </message>
    <message>
        <source>luring dan daring sekaligus</source>
        <translation>in person and online at once</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <source>Cari judul, peserta, pernyataan, keputusan… (Ctrl+F)</source>
        <extracomment>the clerk asked to open this meeting (Enter or double-click) the selected meeting changed (id or -1)</extracomment>
        <translation>Search titles, attendees, statements, decisions… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tampilkan rapat satu tahun saja</source>
        <extracomment>the search syntax in one line, or why the text typed cannot be read</extracomment>
        <translation>Show only the meetings of one year</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Semua kata harus ada · awal* awalan · &quot;dua kata&quot; frasa · kata OR kata salah satu · -kata dikecualikan</source>
        <translation>All words must occur · stem* prefix · &quot;two words&quot; phrase · word OR word either · -word leaves out</translation>
    </message>
    <message>
        <source>Tidak ada rapat yang cocok.</source>
        <translation>No meetings match.</translation>
    </message>
    <message>
        <source>Arsip masih kosong.
Buat rapat baru dengan Ctrl+N, atau impor berkas JSON dari menu Berkas.</source>
        <translation>The archive is empty.
Create a new meeting with Ctrl+N, or import a JSON file from the File menu.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Rapat ini terkunci; perubahan tidak disimpan.</source>
        <translation>This meeting is locked; the change was not saved.</translation>
    </message>
    <message>
        <source>Impor laporan peserta</source>
        <translation>Import participant report</translation>
    </message>
    <message>
        <source>Laporan peserta Zoom, Teams, Meet (*.csv *.txt *.xlsx);;Semua berkas (*)</source>
        <translation>Zoom, Teams, Meet participant reports (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Ubah peserta</source>
        <translation>Edit attendee</translation>
    </message>
    <message>
        <source>Perubahan di sini hanya untuk rapat ini; direktori pejabat tidak berubah.</source>
        <translation>Changes here apply to this meeting only; the directory of officials does not change.</translation>
    </message>
    <message>
        <source>(tanpa peran)</source>
        <translation>(no role)</translation>
    </message>
    <message>
        <source>&amp;Hadir</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>jabatan yang diwakili, mis. Kepala Dinas</source>
        <translation>position represented, e.g. Head of Department</translation>
    </message>
    <message>
        <source>JJ.MM</source>
        <translation>HH.MM</translation>
    </message>
    <message>
        <source>Masuk:</source>
        <translation>Joined:</translation>
    </message>
    <message>
        <source>Keluar:</source>
        <translation>Left:</translation>
    </message>
    <message>
        <source>P&amp;eran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Mewakili:</source>
        <translation>Re&amp;presents:</translation>
    </message>
    <message>
        <source>Waktu:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Jam masuk</source>
        <translation>Joined at</translation>
    </message>
    <message>
        <source>Jam keluar</source>
        <translation>Left at</translation>
    </message>
    <message>
        <source>{0} harus berbentuk JJ.MM</source>
        <translation>{0} must look like HH.MM</translation>
    </message>
</context>
<context>
    <name>AttendeeMatches</name>
    <message>
        <source>{0} — tidak hadir</source>
        <translation>{0} — absent</translation>
    </message>
</context>
<context>
    <name>AttendeesColumns</name>
    <message>
        <source>Pimpinan</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Pembicara</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Tamu</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Mewakili</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>(tanpa peran)</source>
        <translation>(no role)</translation>
    </message>
    <message>
        <source>JJ.MM</source>
        <translation>HH.MM</translation>
    </message>
</context>
<context>
    <name>AttendeesPanel</name>
    <message>
        <source>Belum ada peserta. Ketik sebagian nama, NIP, jabatan atau instansi di kolom Tambah peserta, lalu Enter; orang baru lewat Peserta baru…</source>
        <translation>No attendees yet. Type part of a name, NIP, position or agency in Add attendee, then Enter; add someone new with New attendee…</translation>
    </message>
    <message>
        <source>Ketik sebagian nama, NIP, jabatan atau instansi, lalu Enter</source>
        <translation>Type part of a name, NIP, position or agency, then Enter</translation>
    </message>
    <message>
        <source>&amp;Tambah peserta:</source>
        <translation>&amp;Add attendee:</translation>
    </message>
    <message>
        <source>Peserta ba&amp;ru…</source>
        <translation>&amp;New attendee…</translation>
    </message>
    <message>
        <source>Peserta yang belum ada di direktori pejabat</source>
        <translation>An attendee who is not yet in the directory of officials</translation>
    </message>
    <message>
        <source>&amp;Impor laporan peserta…</source>
        <translation>&amp;Import participant report…</translation>
    </message>
    <message>
        <source>Laporan peserta Zoom, Teams atau Meet (CSV, XLSX); bisa juga diseret ke sini</source>
        <translation>A Zoom, Teams or Meet participant report (CSV, XLSX); you can also drop it here</translation>
    </message>
    <message>
        <source>&amp;Ubah… (Ctrl+E)</source>
        <translation>&amp;Edit… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Naikkan (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Turunkan (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>&amp;Hapus (Del)</source>
        <translation>&amp;Delete (Del)</translation>
    </message>
    <message>
        <source>Klik dua kali atau F2 untuk mengubah sel; seret untuk mengurutkan.</source>
        <translation>Double-click or F2 to edit a cell; drag to reorder.</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Naikkan</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Turunkan</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{0} sudah ada di daftar peserta (nomor {1}).</source>
        <translation>{0} is already on the attendee list (number {1}).</translation>
    </message>
    <message>
        <source>Tambah peserta {0}</source>
        <translation>Add attendee {0}</translation>
    </message>
    <message>
        <source>Peserta baru</source>
        <translation>New attendee</translation>
    </message>
    <message>
        <source>Tambah peserta baru {0}</source>
        <translation>Add new attendee {0}</translation>
    </message>
    <message>
        <source>Hapus peserta {0}</source>
        <translation>Remove attendee {0}</translation>
    </message>
    <message>
        <source>peserta</source>
        <translation>attendee</translation>
    </message>
    <message numerus="yes">
        <source>%Ln peserta</source>
        <translation>
            <numerusform>%Ln attendee</numerusform>
            <numerusform>%Ln attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hadir</source>
        <translation>
            <numerusform>%Ln present</numerusform>
            <numerusform>%Ln present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Ketik sebagian nama atau jabatan lalu Tab; atau angka 1–9 dari baris di atas.</source>
        <extracomment>a statement was stored (its id) a draft was kept, or could not be: the window&apos;s &quot;Tersimpan&quot; follows it</extracomment>
        <translation>Type part of a name or position, then Tab; or a number 1–9 from the row above.</translation>
    </message>
    <message>
        <source>— tanpa agenda —</source>
        <translation>— no agenda item —</translation>
    </message>
    <message>
        <source>Agenda yang sedang dibahas (Ctrl+PgUp / Ctrl+PgDn)</source>
        <translation>Agenda item under discussion (Ctrl+PgUp / Ctrl+PgDn)</translation>
    </message>
    <message>
        <source>sekarang</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Jam pernyataan; kosong: jam saat disimpan. Ketik mis. 0915 (Alt+J).</source>
        <translation>Time of the statement; empty: the time it is saved. Type e.g. 0915 (Alt+J).</translation>
    </message>
    <message>
        <source>Simpan
(Enter)</source>
        <translation>Save
(Enter)</translation>
    </message>
    <message>
        <source>Simpan pernyataan (Enter di kotak teks)</source>
        <translation>Save the statement (Enter in the text box)</translation>
    </message>
    <message>
        <source>Kutipan langsung atau ringkasan (Ctrl+K)</source>
        <translation>Direct quote or summary (Ctrl+K)</translation>
    </message>
    <message>
        <source>Ketik yang disampaikan pembicara… Enter menyimpan, Ctrl+Enter baris baru.</source>
        <translation>Type what the speaker said… Enter saves, Ctrl+Enter starts a new line.</translation>
    </message>
    <message>
        <source>Enter simpan · Ctrl+Enter baris baru · Ctrl+K kutipan/ringkasan · Ctrl+PgUp/PgDn agenda · Esc ke pembicara</source>
        <translation>Enter saves · Ctrl+Enter new line · Ctrl+K quote/summary · Ctrl+PgUp/PgDn agenda · Esc to speaker</translation>
    </message>
    <message>
        <source>&amp;Pembicara:</source>
        <translation>&amp;Speaker:</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>Te&amp;ks:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Jam:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Pilih cepat:</source>
        <translation>Quick pick:</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>“Kutipan”</source>
        <translation>“Quote”</translation>
    </message>
    <message numerus="yes">
        <source>Antrean (%n) — disimpan begitu arsip bebas:</source>
        <translation>
            <numerusform>Queued (%n) — saved as soon as the archive is free:</numerusform>
            <numerusform>Queued (%n) — saved as soon as the archive is free:</numerusform>
        </translation>
    </message>
    <message>
        <source>Teks masih kosong.</source>
        <translation>The text is still empty.</translation>
    </message>
    <message>
        <source>Pilih pembicara dahulu.</source>
        <translation>Choose the speaker first.</translation>
    </message>
    <message>
        <source>Jam tidak terbaca: {0}</source>
        <translation>Unreadable time: {0}</translation>
    </message>
    <message>
        <source>Catat pernyataan</source>
        <translation>Record statement</translation>
    </message>
    <message>
        <source>Belum tersimpan — teks tetap di sini, coba lagi.</source>
        <translation>Not saved yet — the text stays here; try again.</translation>
    </message>
    <message>
        <source>Masuk antrean: arsip sedang dipakai program lain.</source>
        <translation>Queued: the archive is in use by another program.</translation>
    </message>
    <message>
        <source>Tersimpan {0} — {1}</source>
        <translation>Saved {0} — {1}</translation>
    </message>
    <message>
        <source>Belum tersimpan — teks kembali ke sini, coba lagi.</source>
        <translation>Not saved — the text is back here; try again.</translation>
    </message>
    <message>
        <source>Draf menunggu arsip.</source>
        <translation>The draft is waiting for the archive.</translation>
    </message>
    <message>
        <source>Draf belum tersimpan: {0}</source>
        <translation>Draft not saved: {0}</translation>
    </message>
    <message>
        <source>Draf yang belum disimpan dipulihkan.</source>
        <translation>The unsaved draft was restored.</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Tindak lanjut rapat sebelumnya</source>
        <translation>Follow-ups of earlier meetings</translation>
    </message>
    <message>
        <source>Rapat ini termasuk seri “{0}”. Tindak lanjut berikut belum selesai; yang dicentang dibawa ke rapat ini untuk dicatat perkembangannya.</source>
        <translation>This meeting belongs to the series “{0}”. These follow-ups are not done yet; the ticked ones are carried into this meeting to record their progress.</translation>
    </message>
    <message>
        <source>, batas {0}</source>
        <translation>, due {0}</translation>
    </message>
    <message>
        <source>Bawa ke rapat ini</source>
        <translation>Carry into this meeting</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <source>Ubah {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>tanpa batas waktu</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>Alt+↓ membuka kalender; tanggal paling awal = tanpa batas waktu</source>
        <translation>Alt+↓ opens the calendar; the earliest date = no deadline</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>Keputusan</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>keputusan</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>Ketik keputusan baru, lalu Enter (Insert untuk ke sini)</source>
        <translation>Type a new decision, then Enter (Insert to come here)</translation>
    </message>
    <message>
        <source>Keputusan dicetak bernomor sesuai urutan ini. Kolom Agenda (F2) mengaitkan keputusan dengan agenda yang dibahas.</source>
        <translation>Decisions are printed numbered in this order. The Agenda column (F2) links a decision to the agenda item discussed.</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DirectoryOffer</name>
    <message>
        <source>• dan {0} rapat lain</source>
        <extracomment>at most this many other meetings are named; the rest are counted</extracomment>
        <translation>• and {0} other meetings</translation>
    </message>
    <message>
        <source>Rapat lain tetap memakai data lama:</source>
        <translation>Other meetings keep the old details:</translation>
    </message>
    <message>
        <source>Tidak ada rapat lain yang memakai data ini.</source>
        <translation>No other meeting uses these details.</translation>
    </message>
    <message>
        <source>Perbaiki juga “{0}” di direktori pejabat?

{1}</source>
        <translation>Also correct “{0}” in the directory of officials?

{1}</translation>
    </message>
    <message>
        <source>Perbarui direktori</source>
        <translation>Update directory</translation>
    </message>
    <message>
        <source>Direktori pejabat</source>
        <translation>Directory of officials</translation>
    </message>
    <message>
        <source>Perbarui direktori: {0}</source>
        <translation>Update directory: {0}</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>Direktori Pejabat</source>
        <extracomment>Nama, NIP, Pangkat, Jabatan, Instansi, Kontak: Jabatan and Instansi (the long ones) share what the window leaves, so no column runs off the side</extracomment>
        <translation>Directory of Officials</translation>
    </message>
    <message>
        <source>Cari nama, NIP, jabatan, instansi atau pangkat…</source>
        <translation>Search name, NIP, position, agency or rank…</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Gabungkan…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>Pilih dua entri atau lebih untuk orang yang sama, lalu gabungkan</source>
        <translation>Select two or more entries for the same person, then merge</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mengubah direktori tidak mengubah daftar hadir rapat yang sudah ada.</source>
        <translation>Changing the directory does not change the attendance lists of existing meetings.</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cocok</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pejabat</source>
        <translation>
            <numerusform>%Ln official</numerusform>
            <numerusform>%Ln officials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hapus %Ln pejabat</source>
        <translation>
            <numerusform>Delete %Ln official</numerusform>
            <numerusform>Delete %Ln officials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gabungkan %Ln pejabat</source>
        <translation>
            <numerusform>Merge %Ln official</numerusform>
            <numerusform>Merge %Ln officials</numerusform>
        </translation>
    </message>
    <message>
        <source>Tambah pejabat</source>
        <translation>Add official</translation>
    </message>
    <message>
        <source>Ubah pejabat</source>
        <translation>Edit official</translation>
    </message>
    <message>
        <source>Daftar hadir rapat yang sudah ada tetap seperti pada hari rapat.</source>
        <translation>Attendance lists of existing meetings stay as they were on the day.</translation>
    </message>
    <message>
        <source>Ubah {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <source>Hapus dari direktori?

{0}

Daftar hadir rapat yang sudah ada tidak berubah. Bisa dibatalkan dengan Ctrl+Z.</source>
        <translation>Delete from the directory?

{0}

Attendance lists of existing meetings do not change. Can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Hapus pejabat</source>
        <translation>Delete official</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>NIP {0}</source>
        <translation>NIP {0}</translation>
    </message>
</context>
<context>
    <name>DocumentationPanel</name>
    <message>
        <source>Foto dan tangkapan layar rapat, dicetak sebagai lampiran Dokumentasi notula. Tempel dengan Ctrl+V, seret berkas PNG/JPEG ke sini, atau Pilih gambar (Insert).</source>
        <translation>Photos and screenshots of the meeting, printed as the minutes&apos; Dokumentasi appendix. Paste with Ctrl+V, drop PNG/JPEG files here, or Choose pictures (Insert).</translation>
    </message>
    <message>
        <source>Belum ada gambar. Ctrl+V menempel tangkapan layar.</source>
        <translation>No pictures yet. Ctrl+V pastes a screenshot.</translation>
    </message>
    <message>
        <source>&amp;Pilih gambar… (Insert)</source>
        <translation>&amp;Choose picture… (Insert)</translation>
    </message>
    <message>
        <source>&amp;Tempel (Ctrl+V)</source>
        <translation>&amp;Paste (Ctrl+V)</translation>
    </message>
    <message>
        <source>Naikkan (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Turunkan (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Hapus (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Tambah %n gambar dokumentasi</source>
        <translation>
            <numerusform>Add %n Dokumentasi picture</numerusform>
            <numerusform>Add %n Dokumentasi pictures</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih gambar dokumentasi</source>
        <translation>Choose a picture for the Dokumentasi</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Papan klip tidak berisi gambar.</source>
        <translation>The clipboard holds no picture.</translation>
    </message>
    <message>
        <source>Gambar tempelan</source>
        <translation>Pasted picture</translation>
    </message>
    <message>
        <source>Hapus gambar dokumentasi</source>
        <translation>Delete Dokumentasi picture</translation>
    </message>
    <message>
        <source>(pratinjau tidak tersedia)</source>
        <translation>(no preview)</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Gambar</source>
        <translation>Picture</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>&amp;Berkas</source>
        <extracomment>the window closed (meeting_id), so the archive can forget it</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Cetak/Ekspor dokumen…</source>
        <translation>&amp;Print/Export documents…</translation>
    </message>
    <message>
        <source>Ekspor &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Rapat</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Finalisasi…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>Buka &amp;revisi baru…</source>
        <translation>Open a new &amp;revision…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Status final</source>
        <translation>Final status</translation>
    </message>
    <message>
        <source>Disimpan ke {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <source>✓ Tersimpan</source>
        <translation>✓ Saved</translation>
    </message>
    <message>
        <source>Setiap perubahan langsung disimpan di arsip.</source>
        <translation>Every change is saved to the archive at once.</translation>
    </message>
    <message>
        <source>Gagal menyimpan</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Perubahan terakhir tidak tersimpan; lihat pesan kesalahan.</source>
        <translation>The last change was not saved; see the error message.</translation>
    </message>
    <message>
        <source>Belum tersimpan: {0}.
Arsip menolaknya, atau isinya belum sah (lihat tanda merah); jika jendela ini ditutup, isian itu hilang.

Tutup juga?</source>
        <translation>Not saved yet: {0}.
The archive refused it, or the entry is not valid yet (see the red mark); if you close this window, it will be lost.

Close anyway?</translation>
    </message>
    <message>
        <source>Belum tersimpan</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Tutup tanpa menyimpan</source>
        <translation>Close without saving</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Arsip sedang dipakai program lain, jadi perubahan belum dapat disimpan. Tutup program itu (atau Notula yang lain), lalu coba lagi.</source>
        <translation>The archive is in use by another program, so the change cannot be saved yet. Close that program (or the other Notula), then try again.</translation>
    </message>
    <message>
        <source>Arsip hanya dapat dibaca; perubahan tidak dapat disimpan.</source>
        <translation>The archive is read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>Disk penuh: kosongkan sebagian ruang, lalu coba lagi.</source>
        <translation>The disk is full: free some space, then try again.</translation>
    </message>
    <message>
        <source>Berkas ini bukan arsip Notula, atau berkasnya rusak.</source>
        <translation>This file is not a Notula archive, or it is damaged.</translation>
    </message>
    <message>
        <source>Berkas ini bukan arsip Notula.</source>
        <translation>This file is not a Notula archive.</translation>
    </message>
    <message>
        <source>Berkas arsip tidak dapat dibuka.</source>
        <translation>The archive file cannot be opened.</translation>
    </message>
    <message>
        <source>Folder arsip tidak ada.</source>
        <translation>The archive folder does not exist.</translation>
    </message>
    <message>
        <source>Yang dipilih adalah folder, bukan berkas arsip.</source>
        <translation>A folder was chosen, not an archive file.</translation>
    </message>
    <message>
        <source>Arsip ini dibuat oleh Notula versi yang lebih baru. Perbarui Notula di komputer ini untuk membukanya; arsipnya tidak diubah.</source>
        <translation>This archive was made by a newer version of Notula. Update Notula on this computer to open it; the archive was not changed.</translation>
    </message>
    <message>
        <source>Berkas: {0}</source>
        <extracomment>failures whose technical sentence would only repeat the clerk&apos;s</extracomment>
        <translation>File: {0}</translation>
    </message>
    <message>
        <source>Keterangan teknis: {0}</source>
        <translation>Technical details: {0}</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga: {0}
Pekerjaan yang sudah tersimpan aman. Rincian dicatat di {1}</source>
        <translation>An unexpected error occurred: {0}
Work already saved is safe. Details were written to {1}</translation>
    </message>
    <message>
        <source>Notula — kesalahan</source>
        <translation>Notula — error</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Cetak/Ekspor dokumen</source>
        <extracomment>archive setting: the folder last used, by kind of meeting (&quot;&quot; for any kind). It lives with the archive (NOTULA_DB may name another one), not in the user&apos;s settings.</extracomment>
        <translation>Print/Export documents</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Notula rapat</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Draf siaran pers</source>
        <translation>Press release draft</translation>
    </message>
    <message>
        <source>Profil kantor belum diisi: dokumen dicetak tanpa kop surat (Berkas ▸ Pengaturan).</source>
        <translation>No office profile yet: documents are printed without a letterhead (File ▸ Settings).</translation>
    </message>
    <message>
        <source>Simpan di:</source>
        <translation>Save in:</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Juga buat PDF</source>
        <translation>Also make a PDF</translation>
    </message>
    <message>
        <source>LibreOffice tidak ditemukan, jadi PDF tidak dapat dibuat. Pasang dengan: sudo apt-get install libreoffice-writer-nogui (Windows/macOS: libreoffice.org)</source>
        <translation>LibreOffice was not found, so no PDF can be made. Install it with: sudo apt-get install libreoffice-writer-nogui (Windows/macOS: libreoffice.org)</translation>
    </message>
    <message>
        <source>Buka setelah selesai</source>
        <translation>Open when done</translation>
    </message>
    <message>
        <source>Buat</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Pilih folder penyimpanan</source>
        <translation>Choose the folder to save in</translation>
    </message>
    <message>
        <source>Kehadiran daring: jam masuk, keluar dan menit, bukan tanda tangan</source>
        <translation>Online attendance: join and leave times and minutes instead of signatures</translation>
    </message>
    <message>
        <source>Di bawah tabel dicetak nama laporan peserta dan waktu unduhnya.</source>
        <translation>The participant report&apos;s name and download time are printed under the table.</translation>
    </message>
    <message>
        <source>Berkas yang dibuat:
{0}</source>
        <translation>Files that will be created:
{0}</translation>
    </message>
    <message>
        <source>Pilih minimal satu dokumen.</source>
        <translation>Choose at least one document.</translation>
    </message>
    <message>
        <source>Folder tidak ada: {0}</source>
        <translation>Folder does not exist: {0}</translation>
    </message>
    <message>
        <source>Memulai…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Timpa berkas?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>Berkas ini sudah ada dan akan diganti:
{0}

Lanjutkan?</source>
        <translation>These files already exist and will be replaced:
{0}

Continue?</translation>
    </message>
    <message>
        <source>Membuat PDF dengan LibreOffice…</source>
        <translation>Creating PDFs with LibreOffice…</translation>
    </message>
    <message>
        <source>Membuat {0}…</source>
        <translation>Creating {0}…</translation>
    </message>
    <message numerus="yes">
        <source>Selesai: %Ln berkas dibuat di {0}</source>
        <translation>
            <numerusform>Done: %Ln file made in {0}</numerusform>
            <numerusform>Done: %Ln files made in {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Gagal.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Terjadi kesalahan tak terduga: {0}
Rincian dicatat di {1}</source>
        <translation>An unexpected error occurred: {0}
Details were written to {1}</translation>
    </message>
</context>
<context>
    <name>FinalBanner</name>
    <message>
        <source>Rapat ini terkunci; perubahan hanya lewat revisi baru.</source>
        <translation>This meeting is locked; changes only through a new revision.</translation>
    </message>
    <message>
        <source>Buka revisi baru…</source>
        <translation>Open a new revision…</translation>
    </message>
    <message>
        <source>Final — revisi {0}</source>
        <translation>Final — revision {0}</translation>
    </message>
    <message>
        <source>Finalisasi rapat ini? Sesudahnya rapat tidak dapat diubah lagi; perubahan hanya lewat revisi baru.</source>
        <translation>Finalise this meeting? It can no longer be changed afterwards; changes only through a new revision.</translation>
    </message>
    <message>
        <source>Finalisasi</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>Alasan membuka revisi baru (dicatat bersama revisi sebelumnya):</source>
        <translation>Reason for opening a new revision (kept with the previous revision):</translation>
    </message>
    <message>
        <source>Buka revisi baru</source>
        <translation>Open a new revision</translation>
    </message>
    <message>
        <source>Alasan revisi baru harus diisi.</source>
        <translation>Give the reason for the new revision.</translation>
    </message>
</context>
<context>
    <name>FollowupsModel</name>
    <message>
        <source>Tanggal Rapat</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Perkembangan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Lewat batas waktu</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>FollowupsWindow</name>
    <message>
        <source>Tindak Lanjut</source>
        <extracomment>the clerk asked to open the meeting of a follow-up (Enter or double-click)</extracomment>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>&amp;Belum selesai</source>
        <translation>&amp;Not done</translation>
    </message>
    <message>
        <source>&amp;Lewat batas waktu</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <source>nama atau instansi</source>
        <translation>name or office</translation>
    </message>
    <message>
        <source>&amp;Penanggung jawab:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Seri:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>Ekspor matriks .&amp;xlsx…</source>
        <translation>Export matrix .&amp;xlsx…</translation>
    </message>
    <message>
        <source>Ekspor matriks .&amp;docx…</source>
        <translation>Export matrix .&amp;docx…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Semua seri</source>
        <translation>All series</translation>
    </message>
    <message>
        <source>{0} dari {1} tindak lanjut</source>
        <translation>{0} of {1} follow-ups</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Ekspor matriks tindak lanjut</source>
        <translation>Export the follow-up matrix</translation>
    </message>
    <message>
        <source>Matriks ditulis ke {0}</source>
        <translation>Matrix written to {0}</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>mis. Rapat Koordinasi Pengendalian Inflasi Daerah</source>
        <extracomment>a field was stored, or failed to be: the window&apos;s &quot;Tersimpan&quot; follows it</extracomment>
        <translation>e.g. Coordination Meeting on Regional Inflation Control</translation>
    </message>
    <message>
        <source>pilih atau ketik jenis rapat</source>
        <translation>choose or type the kind of meeting</translation>
    </message>
    <message>
        <source>mis. 005/112/Ekon/2023</source>
        <translation>e.g. 005/112/Ekon/2023</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Jam selesai tidak ditentukan: dicetak “s.d. selesai”.</source>
        <translation>No end time: printed as “s.d. selesai” (until finished).</translation>
    </message>
    <message>
        <source>— belum dipilih —</source>
        <translation>— not chosen yet —</translation>
    </message>
    <message>
        <source>ruang rapat, atau Zoom Meeting</source>
        <translation>meeting room, or Zoom Meeting</translation>
    </message>
    <message>
        <source>kota penandatanganan (kosong: kota profil kantor)</source>
        <translation>city of signing (empty: the office profile&apos;s city)</translation>
    </message>
    <message>
        <source>Daftar ini diambil dari tab Peserta (Alt+2).</source>
        <translation>This list comes from the Attendees tab (Alt+2).</translation>
    </message>
    <message>
        <source>Rapat dibuka oleh …</source>
        <translation>The meeting was opened by …</translation>
    </message>
    <message>
        <source>Rapat ditutup pukul …</source>
        <translation>The meeting was closed at …</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Nomor:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tan&amp;ggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Jam &amp;mulai:</source>
        <translation>S&amp;tart time:</translation>
    </message>
    <message>
        <source>Jam se&amp;lesai:</source>
        <translation>&amp;End time:</translation>
    </message>
    <message>
        <source>&amp;Zona waktu:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>s.&amp;d. selesai</source>
        <translation>until &amp;done</translation>
    </message>
    <message>
        <source>mis. Rakor Pengendalian Inflasi 2023</source>
        <translation>e.g. Inflation Control Coordination 2023</translation>
    </message>
    <message>
        <source>Seri rapat ({0})</source>
        <translation>Meeting series ({0})</translation>
    </message>
    <message>
        <source>Jen&amp;is:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>Seri rapat:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <source>Tempa&amp;t:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>Bentuk ke&amp;hadiran:</source>
        <translation>Attendance &amp;mode:</translation>
    </message>
    <message>
        <source>&amp;Kota:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>Pen&amp;yelenggara:</source>
        <translation>&amp;Organizer:</translation>
    </message>
    <message>
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Pimpinan &amp;rapat:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>N&amp;otulis:</source>
        <translation>Note-&amp;taker:</translation>
    </message>
    <message>
        <source>Pemb&amp;ukaan:</source>
        <translation>O&amp;pening:</translation>
    </message>
    <message>
        <source>&amp;Penutup:</source>
        <translation>C&amp;losing:</translation>
    </message>
    <message>
        <source>judul</source>
        <translation>title</translation>
    </message>
    <message>
        <source>nomor</source>
        <translation>number</translation>
    </message>
    <message>
        <source>tempat</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>kota</source>
        <translation>city</translation>
    </message>
    <message>
        <source>penyelenggara</source>
        <translation>organizer</translation>
    </message>
    <message>
        <source>seri rapat</source>
        <translation>meeting series</translation>
    </message>
    <message>
        <source>jenis</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>pembukaan</source>
        <translation>opening</translation>
    </message>
    <message>
        <source>penutup</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>zona waktu</source>
        <translation>time zone</translation>
    </message>
    <message>
        <source>bentuk rapat</source>
        <translation>meeting format</translation>
    </message>
    <message>
        <source>pimpinan rapat</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>notulis</source>
        <translation>note-taker</translation>
    </message>
    <message>
        <source>tanggal</source>
        <translation>date</translation>
    </message>
    <message>
        <source>jam mulai</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>jam selesai</source>
        <translation>end time</translation>
    </message>
    <message>
        <source>Ubah {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <source>Belum tersimpan — ubah lagi untuk mencoba lagi.</source>
        <translation>Not saved — edit it again to try again.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Bantu&amp;an</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Pintasan &amp;keyboard…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Tunggu sampai perubahan yang menunggu arsip tersimpan.</source>
        <translation>Wait until the changes waiting for the archive are saved.</translation>
    </message>
</context>
<context>
    <name>KeyboardDialog</name>
    <message>
        <source>Jendela arsip dan rapat</source>
        <translation>Archive and meeting windows</translation>
    </message>
    <message>
        <source>Semua jendela</source>
        <translation>Every window</translation>
    </message>
    <message>
        <source>Jendela arsip</source>
        <translation>Archive window</translation>
    </message>
    <message>
        <source>Jendela pertama</source>
        <translation>First-start window</translation>
    </message>
    <message>
        <source>Jendela rapat</source>
        <translation>Meeting window</translation>
    </message>
    <message>
        <source>Tab Rincian</source>
        <translation>Details tab</translation>
    </message>
    <message>
        <source>Tab Peserta</source>
        <translation>Attendees tab</translation>
    </message>
    <message>
        <source>Dialog peserta</source>
        <translation>Attendee dialogs</translation>
    </message>
    <message>
        <source>Pembahasan: mencatat</source>
        <translation>Discussion: capturing</translation>
    </message>
    <message>
        <source>Pembahasan: daftar</source>
        <translation>Discussion: list</translation>
    </message>
    <message>
        <source>Agenda, Keputusan, Tindak Lanjut</source>
        <translation>Agenda, Decisions, Follow-ups</translation>
    </message>
    <message>
        <source>Setiap dialog</source>
        <translation>Every dialog</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Pembahasan</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Tindak Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Dokumentasi</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jam mulai</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Jam selesai</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>s.d. selesai</source>
        <translation>until done</translation>
    </message>
    <message>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Bentuk kehadiran</source>
        <translation>Attendance mode</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Organizer</translation>
    </message>
    <message>
        <source>Pimpinan rapat</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Notulis</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <source>Seri rapat</source>
        <translation>Meeting series</translation>
    </message>
    <message>
        <source>Pembukaan</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Mewakili</source>
        <translation>Represents</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>ke kolom {0}</source>
        <translation>to the {0} field</translation>
    </message>
    <message>
        <source>Buka menu Berkas</source>
        <translation>Open the File menu</translation>
    </message>
    <message>
        <source>Buka menu Edit</source>
        <translation>Open the Edit menu</translation>
    </message>
    <message>
        <source>Buka menu Bantuan</source>
        <translation>Open the Help menu</translation>
    </message>
    <message>
        <source>Daftar pintasan keyboard ini</source>
        <translation>This list of keyboard shortcuts</translation>
    </message>
    <message>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Buka rapat yang dipilih</source>
        <translation>Open the selected meeting</translation>
    </message>
    <message>
        <source>Ke kotak pencarian</source>
        <translation>To the search box</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ulangi (juga Ctrl+Shift+Z)</source>
        <translation>Redo (also Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Tutup jendela pertama tanpa memilih</source>
        <translation>Close the first-start window without choosing</translation>
    </message>
    <message>
        <source>Cetak/Ekspor dokumen</source>
        <translation>Print/Export documents</translation>
    </message>
    <message>
        <source>Tutup rapat</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>Jendela catat ringkas (nyala/mati)</source>
        <translation>Compact capture window (on/off)</translation>
    </message>
    <message>
        <source>Mulai rapat (mencatat jam mulai)</source>
        <translation>Start the meeting (stamps the start time)</translation>
    </message>
    <message>
        <source>Selesai (mencatat jam selesai)</source>
        <translation>End the meeting (stamps the end time)</translation>
    </message>
    <message>
        <source>Ke Tambah peserta (ketik nama atau jabatan, Enter menambah)</source>
        <translation>To Add attendee (type a name or position, Enter adds)</translation>
    </message>
    <message>
        <source>Peserta baru…</source>
        <translation>New attendee…</translation>
    </message>
    <message>
        <source>Ubah peserta yang dipilih</source>
        <translation>Edit the selected attendee</translation>
    </message>
    <message>
        <source>Impor laporan peserta…</source>
        <translation>Import attendance report…</translation>
    </message>
    <message>
        <source>Dari teks kembali ke Pembicara</source>
        <translation>From the text back to Speaker</translation>
    </message>
    <message>
        <source>Simpan pernyataan, siap untuk berikutnya</source>
        <translation>Save the statement, ready for the next</translation>
    </message>
    <message>
        <source>Baris baru di dalam pernyataan</source>
        <translation>New line inside a statement</translation>
    </message>
    <message>
        <source>Pernyataan ini: kutipan ⇄ ringkasan</source>
        <translation>This statement: quote ⇄ summary</translation>
    </message>
    <message>
        <source>Agenda berikutnya</source>
        <translation>Next agenda item</translation>
    </message>
    <message>
        <source>Agenda sebelumnya</source>
        <translation>Previous agenda item</translation>
    </message>
    <message>
        <source>Ke jam pernyataan (angka yang diketik menggantinya)</source>
        <translation>To the statement&apos;s time (typed digits replace it)</translation>
    </message>
    <message>
        <source>Jadikan keputusan dari pernyataan yang dipilih</source>
        <translation>Make a decision from the selected statement</translation>
    </message>
    <message>
        <source>Jadikan tindak lanjut dari pernyataan yang dipilih</source>
        <translation>Make a follow-up from the selected statement</translation>
    </message>
    <message>
        <source>Tambah baris (di kotak isian)</source>
        <translation>Add a row (in the entry box)</translation>
    </message>
    <message>
        <source>Hapus baris yang dipilih</source>
        <translation>Delete the selected row</translation>
    </message>
    <message>
        <source>Naikkan baris yang dipilih</source>
        <translation>Move the selected row up</translation>
    </message>
    <message>
        <source>Turunkan baris yang dipilih</source>
        <translation>Move the selected row down</translation>
    </message>
    <message>
        <source>Simpan / OK</source>
        <translation>Save / OK</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tab {0}</source>
        <translation>{0} tab</translation>
    </message>
    <message>
        <source>Di kolom Pembicara: pilih pembicara cepat nomor {0}, lalu ke teks</source>
        <translation>In Speaker: pick quick speaker number {0}, then on to the text</translation>
    </message>
    <message>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>ketik tombol, tugas atau tempat</source>
        <translation>type a key, task or place</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Tugas</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{0} (menyusul)</source>
        <translation>{0} (coming)</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>&amp;Tambah (Enter)</source>
        <extracomment>columns whose cells may hold several lines (Ctrl+Enter inside them)</extracomment>
        <translation>&amp;Add (Enter)</translation>
    </message>
    <message>
        <source>Tambah baris dari isian di sebelahnya (Insert)</source>
        <translation>Add a row from the field beside it (Insert)</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Naikkan</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Turunkan</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tambah baris baru</source>
        <translation>Add a new row</translation>
    </message>
    <message>
        <source>Naikkan (Ctrl+↑)</source>
        <translation>Move up (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Turunkan (Ctrl+↓)</source>
        <translation>Move down (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Hapus (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <source>Ketik teks baru, lalu Enter</source>
        <translation>Type new text, then Enter</translation>
    </message>
    <message>
        <source>Masih kosong. Ketik di bawah, lalu Enter (Insert untuk ke sana).</source>
        <translation>Still empty. Type below, then Enter (Insert takes you there).</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Tambah {0}</source>
        <translation>Add {0}</translation>
    </message>
    <message>
        <source>Menunggu arsip — disimpan begitu arsip bebas.</source>
        <translation>Waiting for the archive — saved as soon as it is free.</translation>
    </message>
    <message>
        <source>Ditambahkan.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <source>Hapus {0}</source>
        <translation>Delete {0}</translation>
    </message>
    <message>
        <source>Dihapus — Ctrl+Z untuk membatalkan</source>
        <translation>Deleted — Ctrl+Z to undo</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>row</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>Catat langsung — {0}</source>
        <extracomment>what an undo or redo did (shown in the capture bar&apos;s status line)</extracomment>
        <translation>Live notes — {0}</translation>
    </message>
    <message>
        <source>Terakhir dicatat:</source>
        <translation>Last captured:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Arsip Rapat</source>
        <translation>Meeting Archive</translation>
    </message>
    <message>
        <source>Rapat &amp;baru…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>Buat rapat baru (Ctrl+N)</source>
        <translation>Create a new meeting (Ctrl+N)</translation>
    </message>
    <message>
        <source>Baru &amp;dari…</source>
        <translation>New &amp;from…</translation>
    </message>
    <message>
        <source>Rapat baru dengan peserta dan acara rapat yang dipilih (Ctrl+Shift+N)</source>
        <translation>New meeting with the attendees and agenda of the selected one (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Buka rapat yang dipilih (Enter)</source>
        <translation>Open the selected meeting (Enter)</translation>
    </message>
    <message>
        <source>&amp;Hapus…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Hapus rapat yang dipilih (Del)</source>
        <translation>Delete the selected meeting (Del)</translation>
    </message>
    <message>
        <source>&amp;Impor JSON…</source>
        <translation>&amp;Import JSON…</translation>
    </message>
    <message>
        <source>&amp;Ekspor JSON…</source>
        <translation>&amp;Export JSON…</translation>
    </message>
    <message>
        <source>Di&amp;rektori Pejabat…</source>
        <translation>Di&amp;rectory of Officials…</translation>
    </message>
    <message>
        <source>&amp;Tindak Lanjut…</source>
        <translation>&amp;Follow-ups…</translation>
    </message>
    <message>
        <source>Tindak lanjut semua rapat (Ctrl+T)</source>
        <translation>Follow-ups of every meeting (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>U&amp;langi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Tentang Notula</source>
        <translation>&amp;About Notula</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Periksa &amp;dokumen…</source>
        <translation>Check &amp;document…</translation>
    </message>
    <message>
        <source>&amp;Cadangkan…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>P&amp;ulihkan…</source>
        <translation>R&amp;estore…</translation>
    </message>
    <message>
        <source>Selamat datang di Notula. Muat contoh rapat koordinasi (rakor pengendalian inflasi) untuk melihat cara kerjanya?
Contoh ini dapat dihapus kapan saja.</source>
        <translation>Welcome to Notula. Load a sample coordination meeting (an inflation-control rakor) to see how it works?
The sample can be deleted at any time.</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Actions</translation>
    </message>
    <message numerus="yes">
        <source>{0}+ dari %Ln rapat</source>
        <translation>
            <numerusform>{0}+ of %Ln meeting</numerusform>
            <numerusform>{0}+ of %Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} dari %Ln rapat</source>
        <translation>
            <numerusform>{0} of %Ln meeting</numerusform>
            <numerusform>{0} of %Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rapat</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>Buat rapat “{0}”</source>
        <translation>Create meeting “{0}”</translation>
    </message>
    <message>
        <source>Peserta dan acara dari “{0}” disalin ke rapat baru. Pernyataan, keputusan dan tindak lanjut tidak ikut disalin.</source>
        <translation>The attendees and agenda of “{0}” are copied into the new meeting. Statements, decisions and follow-ups are not copied.</translation>
    </message>
    <message>
        <source>Rapat baru dari rapat lain</source>
        <translation>New meeting based on another</translation>
    </message>
    <message>
        <source>Hapus rapat “{0}” ({1})?
Penghapusan dapat diurungkan dengan Ctrl+Z.</source>
        <translation>Delete the meeting “{0}” ({1})?
The deletion can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Hapus rapat</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus rapat “{0}”</source>
        <translation>Delete meeting “{0}”</translation>
    </message>
    <message>
        <source>Rapat diimpor.</source>
        <translation>Meeting imported.</translation>
    </message>
    <message>
        <source>Disimpan ke {0}</source>
        <translation>Saved to {0}</translation>
    </message>
    <message>
        <source>Selamat datang</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Muat contoh</source>
        <translation>Load sample</translation>
    </message>
    <message numerus="yes">
        <source>Bawa %n tindak lanjut</source>
        <translation>
            <numerusform>Carry %n follow-up</numerusform>
            <numerusform>Carry %n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>Notula {0}
Notula rapat dan daftar hadir untuk kantor pemerintahan.

Arsip: {1}
Folder data: {2}
Berkas log: {3}</source>
        <translation>Notula {0}
Meeting minutes and attendance lists for government offices.

Archive: {1}
Data folder: {2}
Log file: {3}</translation>
    </message>
    <message>
        <source>(memori)</source>
        <translation>(memory)</translation>
    </message>
    <message>
        <source>Tentang Notula</source>
        <translation>About Notula</translation>
    </message>
</context>
<context>
    <name>MeetingClock</name>
    <message>
        <source>&amp;Mulai rapat</source>
        <translation>&amp;Start meeting</translation>
    </message>
    <message>
        <source>&amp;Selesai rapat</source>
        <translation>&amp;End meeting</translation>
    </message>
    <message>
        <source>Mulai rapat</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <source>Rapat dimulai pukul {0}.</source>
        <translation>Meeting started at {0}.</translation>
    </message>
    <message>
        <source>Isi penutup notula dengan:
“{0}”?</source>
        <translation>Fill in the closing of the minutes with:
“{0}”?</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>Selesai rapat</source>
        <translation>End meeting</translation>
    </message>
    <message>
        <source>Rapat selesai pukul {0}.</source>
        <translation>Meeting ended at {0}.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Diurungkan: {0}</source>
        <translation>Undone: {0}</translation>
    </message>
    <message>
        <source>Diulangi: {0}</source>
        <translation>Redone: {0}</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Rincian</source>
        <extracomment>a short message for the window&apos;s status bar (what Ctrl+Z / Ctrl+Y just did)</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tunggu: urungkan/ulangi bisa lagi setelah perubahan tersimpan.</source>
        <translation>Wait: undo/redo works again once the changes are saved.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Pembahasan</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Tindak Lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Dokumentasi</source>
        <translation>Dokumentasi</translation>
    </message>
    <message>
        <source>{0} (Alt+{1})</source>
        <translation>{0} (Alt+{1})</translation>
    </message>
    <message>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Jendela catat &amp;ringkas</source>
        <translation>Compact &amp;live window</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Pilih pernyataan dahulu.</source>
        <translation>Choose a statement first.</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>{0} ditambahkan (Ctrl+Z membatalkan).</source>
        <translation>{0} added (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>teks pernyataan yang sedang diketik</source>
        <translation>the statement being typed</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>Rapat ini terkunci; perubahan tidak disimpan.</source>
        <extracomment>what one operation (or its undo) changed in this meeting the meeting was finalised (True) or reopened as a new draft (False) every edit refused: the meeting is final (the archive&apos;s triggers lock it too) the agenda item the clerk last chose or used (see current_agenda)</extracomment>
        <translation>This meeting is locked; the change was not saved.</translation>
    </message>
    <message>
        <source>finalisasi</source>
        <translation>finalising</translation>
    </message>
    <message>
        <source>membuka revisi baru</source>
        <translation>opening a new revision</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Gabungkan pejabat</source>
        <translation>Merge officials</translation>
    </message>
    <message>
        <source>Entri-entri ini orang yang sama. Pertahankan yang mana?</source>
        <translation>These entries are the same person. Which one should be kept?</translation>
    </message>
    <message>
        <source>Entri lain dihapus dari direktori; peserta rapat yang berasal dari entri itu dihubungkan ke entri yang dipertahankan, dan isian yang kosong dilengkapi dari entri lain. Daftar hadir rapat tidak berubah. Bisa dibatalkan dengan Ctrl+Z.</source>
        <translation>The other entries are deleted from the directory; meeting attendees that came from them are linked to the entry kept, and empty fields are filled in from the other entries. Attendance lists do not change. Can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Rapat baru</source>
        <extracomment>kinds a clerk picks most; the field stays free text for anything else</extracomment>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>mis. Rapat Koordinasi Pengendalian Inflasi Daerah</source>
        <translation>e.g. Coordination Meeting on Regional Inflation Control</translation>
    </message>
    <message>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>kosongkan bila bukan rapat berseri</source>
        <extracomment>the series (rakor berseri) the meeting belongs to; its open follow-ups are offered once it is made. Not asked for a copy, which keeps its source&apos;s.</extracomment>
        <translation>leave empty if the meeting is not part of a series</translation>
    </message>
    <message>
        <source>&amp;Seri:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>Buat</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>NipEdit</name>
    <message>
        <source>18 angka, mis. 19870412 201001 2 003</source>
        <extracomment>the state changed: &quot;empty&quot;, &quot;incomplete&quot;, &quot;invalid&quot; or &quot;valid&quot; what the status label says while the field is empty</extracomment>
        <translation>18 digits, e.g. 19870412 201001 2 003</translation>
    </message>
    <message>
        <source>NIP hanya boleh berisi angka</source>
        <translation>A NIP may contain digits only</translation>
    </message>
    <message>
        <source>{0}/{1} angka</source>
        <translation>{0}/{1} digits</translation>
    </message>
    <message>
        <source>NIP sah</source>
        <translation>Valid NIP</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Kop surat dan kota pada dokumen. Selama baris pertama kop kosong, dokumen dicetak tanpa kop.</source>
        <translation>Letterhead and city on the documents. While the first letterhead line is empty, documents are printed without a letterhead.</translation>
    </message>
    <message>
        <source>&amp;Pemerintah:</source>
        <translation>&amp;Government:</translation>
    </message>
    <message>
        <source>mis. SEKRETARIAT DAERAH (boleh kosong)</source>
        <translation>e.g. SEKRETARIAT DAERAH (may be empty)</translation>
    </message>
    <message>
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Telepon …, Laman …, Pos-el …</source>
        <translation>Telepon …, Laman …, Pos-el …</translation>
    </message>
    <message>
        <source>K&amp;ontak:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>mis. PEMERINTAH KABUPATEN …</source>
        <translation>e.g. PEMERINTAH KABUPATEN …</translation>
    </message>
    <message>
        <source>Impor profil kantor</source>
        <translation>Import office profile</translation>
    </message>
    <message>
        <source>Profil kantor (*.json)</source>
        <translation>Office profile (*.json)</translation>
    </message>
    <message>
        <source>mis. Jalan … Nomor …, kota dan kode pos</source>
        <translation>e.g. Jalan … Nomor …, city and postal code</translation>
    </message>
    <message>
        <source>kota tempat penandatanganan</source>
        <translation>city where documents are signed</translation>
    </message>
    <message>
        <source>Kota sebelum tanggal tanda tangan, bila rapat tidak menyebutnya</source>
        <translation>City before the signature date, when the meeting names none</translation>
    </message>
    <message>
        <source>&amp;Kota:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>&amp;Zona waktu:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Pilih &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Hapus logo</source>
        <translation>Re&amp;move logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>&amp;Kertas:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>Tata Naskah Dinas: “- 2 -” di atas, mulai halaman 2</source>
        <translation>Tata Naskah Dinas: “- 2 -” at the top, from page 2</translation>
    </message>
    <message>
        <source>“Halaman 2 dari 5” di kaki halaman</source>
        <translation>“Halaman 2 dari 5” in the footer</translation>
    </message>
    <message>
        <source>&amp;Nomor halaman:</source>
        <translation>Page &amp;numbers:</translation>
    </message>
    <message>
        <source>Notula</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Bentuk notula rapat kantor ini.</source>
        <translation>How this office&apos;s minutes look.</translation>
    </message>
    <message>
        <source>tanpa nomor</source>
        <translation>no numbers</translation>
    </message>
    <message>
        <source>Pimpinan rapat saja</source>
        <translation>The chair only</translation>
    </message>
    <message>
        <source>Notulis dan pimpinan rapat</source>
        <translation>Note taker and chair</translation>
    </message>
    <message>
        <source>&amp;Judul:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Nomor &amp;bagian:</source>
        <translation>&amp;Section numbers:</translation>
    </message>
    <message>
        <source>Bagian &amp;keputusan:</source>
        <translation>&amp;Decisions heading:</translation>
    </message>
    <message>
        <source>Sebutan &amp;notulis:</source>
        <translation>&amp;Note taker called:</translation>
    </message>
    <message>
        <source>&amp;Penanda tangan:</source>
        <translation>Si&amp;gnatories:</translation>
    </message>
    <message>
        <source>Kota dan &amp;tanggal di atas tanda tangan</source>
        <translation>&amp;City and date above the signatures</translation>
    </message>
    <message>
        <source>Jumlah peserta &amp;hadir</source>
        <translation>Number of people &amp;present</translation>
    </message>
    <message>
        <source>&amp;Gelar tetap ditulis di draf siaran pers</source>
        <translation>&amp;Keep degrees in the press-release draft</translation>
    </message>
    <message>
        <source>Mengetahui</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>Pejabat yang menandatangani “Mengetahui” di bawah notula, bila rapat tidak menyebutnya. Kosongkan nama dan jabatan bila tidak dipakai.</source>
        <translation>The official who signs “Mengetahui” (acknowledged) below the minutes when the meeting names none. Leave name and position empty when not used.</translation>
    </message>
    <message>
        <source>Kosongkan bila pejabatnya tidak punya NIP.</source>
        <translation>Leave empty when the official has no NIP.</translation>
    </message>
    <message>
        <source>&amp;Sebutan:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>mis. Mengetahui, Sekretaris Daerah</source>
        <translation>e.g. Mengetahui, Sekretaris Daerah</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Pan&amp;gkat/Golongan:</source>
        <translation>Ran&amp;k/grade:</translation>
    </message>
    <message>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <source>mis. Pembina Utama Muda (IV/c)</source>
        <translation>e.g. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>Humas</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Narahubung di bawah draf siaran pers.</source>
        <translation>The contact person below the press-release draft.</translation>
    </message>
    <message>
        <source>&amp;Narahubung:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Telepon:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>mis. 0812-0000-0000</source>
        <translation>e.g. 0812-0000-0000</translation>
    </message>
    <message>
        <source>&amp;Pos-el:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>mis. humas@….go.id</source>
        <translation>e.g. humas@….go.id</translation>
    </message>
    <message>
        <source>Nomor &amp;siaran pers:</source>
        <translation>Press-release &amp;number:</translation>
    </message>
    <message>
        <source>mis. {n}/HUMAS/{year}</source>
        <translation>e.g. {n}/HUMAS/{year}</translation>
    </message>
    <message>
        <source>{n}: nomor siaran pers (“…” selama belum diberi); {year}: tahun rapat</source>
        <translation>{n}: the release number (“…” while unassigned); {year}: the meeting&apos;s year</translation>
    </message>
    <message>
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{0}: bukan gambar PNG atau JPG yang dapat dibaca</source>
        <translation>{0}: not a readable PNG or JPEG image</translation>
    </message>
    <message>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
</context>
<context>
    <name>OfficePromptDialog</name>
    <message>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profil kantor belum diisi&lt;/b&gt;</source>
        <translation>&lt;b&gt;The office profile is not filled in yet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notula mencetak kop surat (nama pemerintah dan unit kerja, alamat, logo), kota tanda tangan dan ukuran kertas dari profil kantor. Selama profil belum diisi, notula dan daftar hadir dicetak tanpa kop.

Profil dapat diubah kapan saja di Berkas ▸ Pengaturan.</source>
        <translation>Notula prints the letterhead (government and unit, address, logo), the signature city and the paper size from the office profile. Until the profile is filled in, minutes and attendance lists are printed without a letterhead.

The profile can be changed at any time in File ▸ Settings.</translation>
    </message>
    <message>
        <source>&amp;Isi sekarang…</source>
        <translation>&amp;Fill in now…</translation>
    </message>
    <message>
        <source>I&amp;mpor dari berkas…</source>
        <translation>I&amp;mport from file…</translation>
    </message>
    <message>
        <source>&amp;Lewati</source>
        <translation>&amp;Skip</translation>
    </message>
</context>
<context>
    <name>PendingSaves</name>
    <message numerus="yes">
        <source>Menunggu arsip… %n perubahan belum tersimpan (arsip sedang dipakai program lain)</source>
        <extracomment>it ran (late or at once): the step&apos;s result it waited, then the archive refused it for another reason: this Pending while announcing that the clerk dropped saves: how many (nothing was saved)</extracomment>
        <translation>
            <numerusform>Waiting for the archive… %n change not saved yet (the archive is in use by another program)</numerusform>
            <numerusform>Waiting for the archive… %n changes not saved yet (the archive is in use by another program)</numerusform>
        </translation>
    </message>
    <message>
        <source>Program lain (Notula yang lain, baris perintah, atau program cadangan) sedang menulis ke arsip. Notula terus mencoba dan menyimpan perubahan ini berurutan begitu arsip bebas; urungkan dan ulangi menunggu sampai saat itu. Jangan tutup Notula.</source>
        <translation>Another program (another Notula, the command line or a backup tool) is writing to the archive. Notula keeps trying and saves these changes in order as soon as the archive is free; undo and redo wait until then. Do not close Notula.</translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan masih menunggu arsip (sedang dipakai program lain); {0} dapat dilakukan setelah perubahan itu tersimpan.</source>
        <translation>
            <numerusform>%n change is still waiting for the archive (in use by another program); {0} can be done once it is saved.</numerusform>
            <numerusform>%n changes are still waiting for the archive (in use by another program); {0} can be done once they are saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arsip sedang dipakai program lain; coba {0} lagi setelah arsip bebas.</source>
        <translation>The archive is in use by another program; try {0} again once it is free.</translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan belum tersimpan: arsip sedang dipakai program lain, dan Notula masih menunggu untuk menyimpannya.

Tunggu sampai tersimpan, atau tutup tanpa menyimpan perubahan itu (perubahan itu hilang)?</source>
        <translation>
            <numerusform>%n change is not saved yet: the archive is in use by another program, and Notula is still waiting to save it.

Wait until it is saved, or close without saving it (it will be lost)?</numerusform>
            <numerusform>%n changes are not saved yet: the archive is in use by another program, and Notula is still waiting to save them.

Wait until they are saved, or close without saving them (they will be lost)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Menunggu arsip</source>
        <translation>Waiting for the archive</translation>
    </message>
    <message>
        <source>Tutup tanpa menyimpan</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Tunggu</source>
        <translation>Wait</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>{0} · NIP {1}</source>
        <translation>{0} · NIP {1}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>P&amp;eran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Simpan juga ke &amp;direktori pejabat</source>
        <translation>Also save to the &amp;directory of officials</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>NIP ini sudah ada di direktori: {0}</source>
        <translation>This NIP is already in the directory: {0}</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>lengkap dengan gelar, mis. Dr. Budi Santoso, M.Si.</source>
        <translation>with titles, e.g. Dr. Budi Santoso, M.Si.</translation>
    </message>
    <message>
        <source>Kosongkan bila tidak punya NIP.</source>
        <translation>Leave empty if there is no NIP.</translation>
    </message>
    <message>
        <source>mis. Pembina (IV/a)</source>
        <translation>e.g. Pembina (IV/a)</translation>
    </message>
    <message>
        <source>mis. Kepala Dinas Perindustrian dan Perdagangan</source>
        <translation>e.g. Head of the Department of Industry and Trade</translation>
    </message>
    <message>
        <source>mis. Pemerintah Kabupaten Bangka Barat</source>
        <translation>e.g. West Bangka Regency Government</translation>
    </message>
    <message>
        <source>telepon atau e-mail</source>
        <translation>phone or e-mail</translation>
    </message>
    <message>
        <source>Isi nama atau jabatan; jabatan saja pun boleh.</source>
        <translation>Fill in a name or a position; a position alone is fine.</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>&amp;Pangkat/Golongan:</source>
        <translation>&amp;Rank/Grade:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Ins&amp;tansi:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>&amp;Kontak:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Isi nama atau jabatan.</source>
        <translation>Fill in a name or a position.</translation>
    </message>
    <message>
        <source>NIP belum lengkap (18 angka).</source>
        <translation>The NIP is incomplete (18 digits).</translation>
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <source>Jadikan keputusan</source>
        <extracomment>the words that begin the name of an office inside a jabatan (&quot;Kepala *Dinas* …&quot;)</extracomment>
        <translation>Make a decision</translation>
    </message>
    <message>
        <source>Jadikan tindak lanjut</source>
        <translation>Make a follow-up</translation>
    </message>
    <message>
        <source>Dari pernyataan {0}</source>
        <translation>From the statement of {0}</translation>
    </message>
    <message>
        <source>— tanpa agenda —</source>
        <translation>— no agenda item —</translation>
    </message>
    <message>
        <source>&amp;Teks:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>Penanggung &amp;jawab:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Notula</source>
        <translation>Notula</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuickStrip</name>
    <message>
        <source>Belum ada peserta — isi tab Peserta (Alt+2) dahulu.</source>
        <translation>No attendees yet — fill in the Attendees tab (Alt+2) first.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&amp;nbsp;{1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&amp;nbsp;{1}</translation>
    </message>
    <message>
        <source>Tekan angkanya di kolom Pembicara yang kosong.</source>
        <translation>Press its number in the empty Speaker field.</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <source>Periksa dokumen</source>
        <translation>Check document</translation>
    </message>
    <message>
        <source>Dokumen Notula (*.docx *.pdf *.json)</source>
        <translation>Notula documents (*.docx *.pdf *.json)</translation>
    </message>
    <message>
        <source>Cocok: dokumen ini sama dengan revisi {0} rapat “{1}” (id {2}).</source>
        <translation>Matches: this document is revision {0} of the meeting “{1}” (id {2}).</translation>
    </message>
    <message>
        <source>Berbeda: {0}.</source>
        <translation>Differs: {0}.</translation>
    </message>
    <message>
        <source>Tidak dikenal: {0}.</source>
        <translation>Unknown: {0}.</translation>
    </message>
    <message>
        <source>Cadangkan arsip</source>
        <translation>Back up the archive</translation>
    </message>
    <message>
        <source>Arsip Notula (*.db)</source>
        <translation>Notula archive (*.db)</translation>
    </message>
    <message>
        <source>Cadangan tersimpan: {0} ({1} rapat).</source>
        <translation>Backup saved: {0} ({1} meetings).</translation>
    </message>
    <message>
        <source>Pilih cadangan</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Pulihkan cadangan {0} ({1} rapat)?
Arsip saat ini disisihkan dengan nama bertanggal.</source>
        <translation>Restore the backup {0} ({1} meetings)?
The current archive is set aside under a dated name.</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Arsip dipulihkan. Arsip sebelumnya disimpan di {0}</source>
        <translation>Archive restored. The previous archive is kept at {0}</translation>
    </message>
    <message>
        <source>Menunggu cadangan harian selesai…</source>
        <translation>Waiting for the daily backup to finish…</translation>
    </message>
</context>
<context>
    <name>ReportReviewDialog</name>
    <message>
        <source>Impor laporan peserta</source>
        <translation>Import participant report</translation>
    </message>
    <message>
        <source>Tandai mereka tidak &amp;hadir</source>
        <translation>Mark them a&amp;bsent</translation>
    </message>
    <message>
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama di laporan</source>
        <translation>Name in report</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Gabung</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Peserta: {0}</source>
        <translation>Attendee: {0}</translation>
    </message>
    <message>
        <source>Dari direktori: {0}</source>
        <translation>From the directory: {0}</translation>
    </message>
    <message>
        <source>Peserta baru</source>
        <translation>New attendee</translation>
    </message>
    <message>
        <source>Abaikan</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Peserta baru: {0}</source>
        <translation>New attendee: {0}</translation>
    </message>
    <message>
        <source>{0}: {1} orang di laporan {2}; {3} akan diterapkan.</source>
        <translation>{0}: {1} people in the {2} report; {3} will be applied.</translation>
    </message>
    <message>
        <source>{0} baris berwarna perlu Anda putuskan (F2 untuk memilih); selama belum diputuskan, baris itu diabaikan.</source>
        <translation>{0} coloured lines need your decision (F2 to choose); until decided, they are ignored.</translation>
    </message>
    <message>
        <source>Undangan yang tidak ada di laporan: {0}</source>
        <translation>Invitees not in the report: {0}</translation>
    </message>
    <message>
        <source>Impor laporan peserta {0}</source>
        <translation>Import {0} participant report</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Pilih cadangan. Arsip saat ini disisihkan dengan nama bertanggal, tidak dihapus.</source>
        <translation>Choose a backup. The current archive is set aside under a dated name, not deleted.</translation>
    </message>
    <message>
        <source>{0}, pukul {1} — {2} rapat</source>
        <translation>{0}, {1} — {2} meetings</translation>
    </message>
    <message>
        <source>(belum ada cadangan otomatis)</source>
        <translation>(no automatic backups yet)</translation>
    </message>
    <message>
        <source>Berkas lain…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>✓ Semua perubahan tersimpan</source>
        <translation>✓ All changes saved</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Pengaturan</source>
        <extracomment>the tabs a caller may open the dialog on the profile as set (or imported): stored as is when the form still says the same</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Impor profil…</source>
        <translation>&amp;Import profile…</translation>
    </message>
    <message>
        <source>Isi profil kantor dari berkas notula.office</source>
        <translation>Fill in the office profile from a notula.office file</translation>
    </message>
    <message>
        <source>Ekspor p&amp;rofil…</source>
        <translation>Export p&amp;rofile…</translation>
    </message>
    <message>
        <source>Simpan profil kantor sebagai berkas notula.office</source>
        <translation>Save the office profile as a notula.office file</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Bahasa baru berlaku setelah Notula dibuka ulang.</source>
        <translation>A new language takes effect after Notula is restarted.</translation>
    </message>
    <message>
        <source>&amp;Margin:</source>
        <translation>&amp;Margins:</translation>
    </message>
    <message>
        <source>Isi baris pertama kop (Pemerintah) di halaman Kantor, atau kosongkan semua isian profil kantor.</source>
        <translation>Fill in the first letterhead line (Government) on the Office page, or empty every field of the office profile.</translation>
    </message>
    <message>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Profil kantor (*.json)</source>
        <translation>Office profile (*.json)</translation>
    </message>
    <message>
        <source>Profil kantor masih kosong: tidak ada yang diekspor.</source>
        <translation>The office profile is empty: nothing to export.</translation>
    </message>
    <message>
        <source>Ekspor profil kantor</source>
        <translation>Export office profile</translation>
    </message>
    <message>
        <source> orang</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Peserta lebih banyak dari ini ditulis “terlampir” dengan daftar hadir.</source>
        <translation>With more attendees than this, the minutes say “terlampir” (attached) and include the attendance list.</translation>
    </message>
    <message>
        <source>Nama peserta di &amp;notula, hingga:</source>
        <translation>Attendee names in the &amp;minutes, up to:</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Atas</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Bawah</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Kiri</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Kanan</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>&amp;Huruf:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <source>(templat bawaan Notula)</source>
        <translation>(Notula’s built-in template)</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Pakai bawaan</source>
        <translation>Use built-in</translation>
    </message>
    <message>
        <source>&amp;Templat .docx:</source>
        <translation>&amp;Template .docx:</translation>
    </message>
    <message>
        <source>NIP pejabat “Mengetahui”: {0}</source>
        <translation>NIP of the “Mengetahui” official: {0}</translation>
    </message>
    <message>
        <source>Pilih templat dokumen</source>
        <translation>Choose document template</translation>
    </message>
    <message>
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>{0}: bukan berkas .docx</source>
        <translation>{0}: not a .docx file</translation>
    </message>
</context>
<context>
    <name>SignatoriesPanel</name>
    <message>
        <source>Sebagai</source>
        <translation>Signs as</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pangkat/Golongan</source>
        <translation>Rank/Grade</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peserta rapat ini, atau pejabat dari direktori</source>
        <translation>An attendee of this meeting, or an official from the directory</translation>
    </message>
    <message>
        <source>&amp;Siapa:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>{0} — direktori</source>
        <translation>{0} — directory</translation>
    </message>
    <message>
        <source>Pilih dulu siapa yang menandatangani.</source>
        <translation>Choose who signs first.</translation>
    </message>
    <message>
        <source>penanda tangan</source>
        <translation>signatory</translation>
    </message>
    <message>
        <source>Sebagai, mis. Pimpinan Rapat atau Mengetahui, lalu Enter</source>
        <translation>Signs as, e.g. Pimpinan Rapat or Mengetahui, then Enter</translation>
    </message>
    <message>
        <source>Penanda tangan notula, dari kiri ke kanan; yang terakhir di bawah tempat dan tanggal. Bila kosong, yang menandatangani pilihan kantor (Pengaturan, Kantor).</source>
        <translation>Who signs the minutes, left to right; the last one under the place and date. When empty, the office&apos;s choice signs (Settings, Office).</translation>
    </message>
    <message>
        <source>Belum ada: notula ditandatangani sesuai pilihan kantor.</source>
        <translation>None yet: the minutes are signed as the office chose.</translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <source>ketik nama/jabatan, atau angka 1–9</source>
        <extracomment>the chosen attendee changed (id or None) someone was picked (a digit, or Enter on a match): the caller moves on to the text Esc in an empty field, with no list open</extracomment>
        <translation>type a name/position, or a number 1–9</translation>
    </message>
</context>
<context>
    <name>StatementDelegate</name>
    <message>
        <source>Tanpa agenda</source>
        <translation>No agenda item</translation>
    </message>
    <message>
        <source>kutipan</source>
        <translation>quote</translation>
    </message>
    <message>
        <source>ringkasan</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>(pembicara tidak dikenal)</source>
        <translation>(unknown speaker)</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Ubah pernyataan</source>
        <translation>Edit statement</translation>
    </message>
    <message>
        <source>— tanpa agenda —</source>
        <translation>— no agenda item —</translation>
    </message>
    <message>
        <source>Kutipan langsung</source>
        <translation>Direct quote</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Pembicara:</source>
        <translation>&amp;Speaker:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Ja&amp;m:</source>
        <translation>Ti&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Teks:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Enter di kotak teks</source>
        <translation>Enter in the text box</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StatementsPanel</name>
    <message>
        <source>Kutipan</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pembicara</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Tanpa agenda</source>
        <translation>No agenda item</translation>
    </message>
    <message>
        <source>Semua agenda</source>
        <translation>All agenda items</translation>
    </message>
    <message>
        <source>Belum ada pernyataan. Di bawah: pilih pembicara (huruf atau angka 1–9), Tab, ketik yang disampaikan, lalu Enter.</source>
        <translation>No statements yet. Below: choose the speaker (letters or a number 1–9), Tab, type what was said, then Enter.</translation>
    </message>
    <message>
        <source>Daftar pernyataan</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>&amp;Tampilkan:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Kutipan ⇄ ringkasan</source>
        <translation>Quote ⇄ summary</translation>
    </message>
    <message>
        <source>Pindah ke agenda sebelumnya</source>
        <translation>Move to the previous agenda item</translation>
    </message>
    <message>
        <source>Pindah ke agenda berikutnya</source>
        <translation>Move to the next agenda item</translation>
    </message>
    <message>
        <source>Pindah ke agenda…</source>
        <translation>Move to agenda item…</translation>
    </message>
    <message>
        <source>Naikkan</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Turunkan</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pernyataan</source>
        <translation>
            <numerusform>%Ln statement</numerusform>
            <numerusform>%Ln statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} dari %Ln pernyataan</source>
        <translation>
            <numerusform>{0} of %Ln statement</numerusform>
            <numerusform>{0} of %Ln statements</numerusform>
        </translation>
    </message>
    <message>
        <source>Ubah pernyataan</source>
        <translation>Edit statement</translation>
    </message>
    <message>
        <source>Ubah jenis pernyataan</source>
        <translation>Change statement kind</translation>
    </message>
    <message>
        <source>Pindahkan ke agenda lain</source>
        <translation>Move to another agenda item</translation>
    </message>
    <message>
        <source>Hapus pernyataan</source>
        <translation>Delete statement</translation>
    </message>
    <message>
        <source>Dihapus — Ctrl+Z untuk membatalkan</source>
        <translation>Deleted — Ctrl+Z to undo</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>jj.mm</source>
        <translation>hh.mm</translation>
    </message>
    <message>
        <source>Ketik jamnya, mis. 0900, 9.00 atau 09:00; kosong: tanpa jam.</source>
        <translation>Type the time, e.g. 0900, 9.00 or 09:00; empty: no time.</translation>
    </message>
    <message>
        <source>Jam tidak terbaca: {0}</source>
        <translation>Unreadable time: {0}</translation>
    </message>
</context>
</TS>
