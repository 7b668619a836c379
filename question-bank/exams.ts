/**
 * Exam definitions, as data: the blueprint from each official exam guide.
 * Weights are fractions of the scored questions (0–1); minutes exclude the ESL accommodation.
 */
export const EXAM_CODES = ['MLA-C01', 'AIF-C01'] as const;
export type ExamCode = (typeof EXAM_CODES)[number];

export interface TaskStatement {
  readonly id: string; // "1.1"
  readonly title: string;
}
export interface Domain {
  readonly id: number;
  readonly title: string;
  readonly weight: number;
  readonly tasks: readonly TaskStatement[];
}
/** The kinds of question a form can hold: the four item types and the case study that groups them. */
export type FormQuestionKind = 'multiple-choice' | 'multiple-response' | 'ordering' | 'matching' | 'case-study';

/** The exam guide an exam definition follows, and the question types it lists (forms use only those). */
export interface ExamGuide {
  readonly version: string;
  readonly url: string;
  readonly questionTypes: readonly FormQuestionKind[];
}

export interface ExamDefinition {
  readonly code: ExamCode;
  readonly title: string;
  readonly slug: string; // folder name under question-bank/
  readonly minutes: number;
  readonly passingScore: number; // on the 100–1000 scale
  readonly questionCount: number;
  readonly scoredCount: number;
  readonly accommodationMinutes: number;
  readonly guide: ExamGuide;
  readonly domains: readonly Domain[];
}

export const EXAMS: Readonly<Record<ExamCode, ExamDefinition>> = {
  'MLA-C01': {
    code: 'MLA-C01',
    title: 'AWS Certified Machine Learning Engineer – Associate',
    slug: 'mla-c01',
    minutes: 130,
    passingScore: 720,
    questionCount: 65,
    scoredCount: 50,
    accommodationMinutes: 30,
    guide: {
      version: '1.0',
      url: 'https://docs.aws.amazon.com/aws-certification/latest/machine-learning-engineer-associate-01/machine-learning-engineer-associate-01.html',
      // "Type of questions" in the MLA-C01 guide: the five types below, case studies included.
      questionTypes: ['multiple-choice', 'multiple-response', 'ordering', 'matching', 'case-study'],
    },
    domains: [
      {
        id: 1,
        title: 'Data Preparation for Machine Learning',
        weight: 0.28,
        tasks: [
          { id: '1.1', title: 'Ingest and store data' },
          { id: '1.2', title: 'Transform data and perform feature engineering' },
          { id: '1.3', title: 'Ensure data integrity and prepare data for modeling' },
        ],
      },
      {
        id: 2,
        title: 'ML Model Development',
        weight: 0.26,
        tasks: [
          { id: '2.1', title: 'Choose a modeling approach' },
          { id: '2.2', title: 'Train and refine models' },
          { id: '2.3', title: 'Analyze model performance' },
        ],
      },
      {
        id: 3,
        title: 'Deployment and Orchestration of ML Workflows',
        weight: 0.22,
        tasks: [
          { id: '3.1', title: 'Select deployment infrastructure based on existing architecture and requirements' },
          { id: '3.2', title: 'Create and script infrastructure based on existing architecture and requirements' },
          { id: '3.3', title: 'Use automated orchestration tools to set up continuous integration and continuous delivery (CI/CD) pipelines' },
        ],
      },
      {
        id: 4,
        title: 'ML Solution Monitoring, Maintenance, and Security',
        weight: 0.24,
        tasks: [
          { id: '4.1', title: 'Monitor model inference' },
          { id: '4.2', title: 'Monitor and optimize infrastructure and costs' },
          { id: '4.3', title: 'Secure AWS resources' },
        ],
      },
    ],
  },
  'AIF-C01': {
    code: 'AIF-C01',
    title: 'AWS Certified AI Practitioner',
    slug: 'aif-c01',
    minutes: 90,
    passingScore: 700,
    questionCount: 65,
    scoredCount: 50,
    accommodationMinutes: 30,
    guide: {
      version: '1.1',
      url: 'https://docs.aws.amazon.com/aws-certification/latest/ai-practitioner-01/aif-01-revisions.html',
      // Revision 1.1 (30 April 2026) lists four types and no case study; case studies stay available to practice.
      questionTypes: ['multiple-choice', 'multiple-response', 'ordering', 'matching'],
    },
    domains: [
      {
        id: 1,
        title: 'Fundamentals of AI and ML',
        weight: 0.2,
        tasks: [
          { id: '1.1', title: 'Explain basic AI concepts and terminologies' },
          { id: '1.2', title: 'Identify practical use cases for AI' },
          { id: '1.3', title: 'Describe the ML development lifecycle' },
        ],
      },
      {
        id: 2,
        title: 'Fundamentals of Generative AI',
        weight: 0.24,
        tasks: [
          { id: '2.1', title: 'Explain the basic concepts of generative AI' },
          { id: '2.2', title: 'Understand the capabilities and limitations of generative AI for solving business problems' },
          { id: '2.3', title: 'Describe AWS infrastructure and technologies for building generative AI applications' },
        ],
      },
      {
        id: 3,
        title: 'Applications of Foundation Models',
        weight: 0.28,
        tasks: [
          { id: '3.1', title: 'Describe design considerations for applications that use foundation models' },
          { id: '3.2', title: 'Choose effective prompt engineering techniques' },
          { id: '3.3', title: 'Describe the training and fine-tuning process for foundation models' },
          { id: '3.4', title: 'Describe methods to evaluate foundation model performance' },
        ],
      },
      {
        id: 4,
        title: 'Guidelines for Responsible AI',
        weight: 0.14,
        tasks: [
          { id: '4.1', title: 'Explain the development of AI systems that are responsible' },
          { id: '4.2', title: 'Recognize the importance of transparent and explainable models' },
        ],
      },
      {
        id: 5,
        title: 'Security, Compliance, and Governance for AI Solutions',
        weight: 0.14,
        tasks: [
          { id: '5.1', title: 'Explain methods to secure AI systems' },
          { id: '5.2', title: 'Recognize governance and compliance regulations for AI systems' },
        ],
      },
    ],
  },
};

export function examBySlug(slug: string): ExamDefinition | undefined {
  return Object.values(EXAMS).find((e) => e.slug === slug);
}

export function findTask(exam: ExamDefinition, taskId: string): { domain: Domain; task: TaskStatement } | undefined {
  for (const domain of exam.domains) {
    const task = domain.tasks.find((t) => t.id === taskId);
    if (task) return { domain, task };
  }
  return undefined;
}
