declare module 'virtual:bank/*' {
  const questions: import('../question-bank/schema.ts').BankQuestion[];
  export default questions;
}
declare module 'virtual:bank-versions' {
  const versions: Record<import('../question-bank/exams.ts').ExamCode, string>;
  export default versions;
}
