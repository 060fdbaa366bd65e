// LinkedIn's Connections.csv as its export writes it: three lines of notes, then its header. The
// import bench and the 50 MB script append their own rows.
export const CONNECTIONS_CSV_HEAD = [
  'Notes:',
  '"When exporting your connection data, you may notice that some emails are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
];
