declare module 'virtual:bank/*' {
  const questions: import('../question-bank/schema.ts').BankQuestion[];
  export default questions;
}
