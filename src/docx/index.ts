export { draftToDocx, draftToDocument } from './write';
