/**
 * The exam guides' skills (objectives) per task statement, where recorded. Kept apart from the exam definitions so the
 * start page does not load them; bank:check and bank:stats use them.
 */
import type { ExamCode } from '../exams.ts';
import { AIF_C01_SKILLS } from './aif-c01.ts';
import { mlaSkills } from './mla.ts';

export interface Skill {
  readonly id: string; // "1.1.1"
  readonly text: string;
}

export const GUIDE_SKILLS: Readonly<Record<ExamCode, Readonly<Record<string, readonly Skill[]>>>> = {
  'MLA-C02': mlaSkills('MLA-C02'),
  'MLA-C01': mlaSkills('MLA-C01'),
  'AIF-C01': AIF_C01_SKILLS,
};
