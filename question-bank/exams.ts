/**
 * Exam definitions, as data: the blueprint from each official exam guide.
 * Weights are fractions of the scored questions (0–1); minutes exclude the ESL accommodation.
 */
/** Listed as the start page offers them: the current English ML Engineer exam first. */
export const EXAM_CODES = ['MLA-C02', 'MLA-C01', 'AIF-C01'] as const;
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
  readonly slug: string; // name of the exam's bank module (virtual:bank/<slug>)
  readonly folder: string; // folder under question-bank/ that holds its items (one folder may serve several codes)
  /** Said on the start page: why this code is offered, and what is assumed where AWS has not published a fact. */
  readonly note?: string;
  readonly minutes: number;
  readonly passingScore: number; // on the 100–1000 scale
  readonly questionCount: number;
  readonly scoredCount: number;
  readonly accommodationMinutes: number;
  readonly guide: ExamGuide;
  readonly domains: readonly Domain[];
}

export const EXAMS: Readonly<Record<ExamCode, ExamDefinition>> = {
  'MLA-C02': {
    code: 'MLA-C02',
    title: 'AWS Certified Machine Learning Engineer – Associate',
    slug: 'mla-c02',
    folder: 'mla',
    minutes: 130,
    passingScore: 720,
    questionCount: 65,
    scoredCount: 50,
    accommodationMinutes: 30,
    note: 'The current English exam since 29 September 2026. AWS has not yet published the standard duration: 130 minutes (as for MLA-C01) is an assumption. The beta runs 85 questions in 170 minutes.',
    guide: {
      version: '1.0 (September 2026)',
      url: 'https://docs.aws.amazon.com/aws-certification/latest/machine-learning-engineer-associate-02/machine-learning-engineer-associate-02.html',
      // AWS's certification page describes the MLA-C02 exam as multiple choice and multiple response
      // (https://aws.amazon.com/certification/certified-machine-learning-engineer-associate/); forms use only those.
      // Ordering, matching and case-study items tagged MLA-C02 stay available to practice.
      questionTypes: ['multiple-choice', 'multiple-response'],
    },
    domains: [
      {
        id: 1,
        title: 'Data Preparation for ML and AI',
        weight: 0.28,
        tasks: [
          { id: '1.1', title: 'Collect and store data' },
          { id: '1.2', title: 'Perform data transformation, feature engineering, and pre-processing' },
          { id: '1.3', title: 'Validate data quality and manage bias' },
        ],
      },
      {
        id: 2,
        title: 'ML Model and Foundation Model (FM) Development',
        weight: 0.24,
        tasks: [
          { id: '2.1', title: 'Choose appropriate modeling approaches for ML and AI solutions' },
          { id: '2.2', title: 'Train, fine-tune, and customize models for ML and AI solutions' },
          { id: '2.3', title: 'Analyze and evaluate the performance of ML and AI systems' },
        ],
      },
      {
        id: 3,
        title: 'Deployment and Orchestration of ML and AI Workflows',
        weight: 0.24,
        tasks: [
          { id: '3.1', title: 'Manage deployment infrastructure for ML and AI model types' },
          { id: '3.2', title: 'Provision and configure resources for ML and AI workloads based on existing architecture and requirements' },
          { id: '3.3', title: 'Implement automated orchestration and CI/CD pipelines for MLOps and AI workloads' },
        ],
      },
      {
        id: 4,
        title: 'Operating, Monitoring, and Securing ML and AI Solutions',
        weight: 0.24,
        tasks: [
          { id: '4.1', title: 'Monitor ML and AI model inference and performance' },
          { id: '4.2', title: 'Optimize and manage ML and AI infrastructure costs and performance' },
          { id: '4.3', title: 'Secure ML and AI workloads and model endpoints' },
        ],
      },
    ],
  },
  'MLA-C01': {
    code: 'MLA-C01',
    title: 'AWS Certified Machine Learning Engineer – Associate',
    slug: 'mla-c01',
    folder: 'mla',
    note: 'MLA-C02 replaced MLA-C01 in English on 29 September 2026. MLA-C01 is still delivered in some other languages until MLA-C02 is generally available (announced for early 2027), so it stays here for those candidates.',
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
    folder: 'aif-c01',
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

/** The exam codes whose items live in a bank folder ("mla" serves MLA-C01 and MLA-C02). */
export function codesInFolder(folder: string): ExamCode[] {
  return Object.values(EXAMS).filter((e) => e.folder === folder).map((e) => e.code);
}

export function findTask(exam: ExamDefinition, taskId: string): { domain: Domain; task: TaskStatement } | undefined {
  for (const domain of exam.domains) {
    const task = domain.tasks.find((t) => t.id === taskId);
    if (task) return { domain, task };
  }
  return undefined;
}
