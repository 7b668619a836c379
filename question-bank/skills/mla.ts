/**
 * The topics of the ML Engineer – Associate guides, per task statement, shared by MLA-C01 (guide 1.0) and MLA-C02
 * (September 2026). The twelve task statements map one-to-one between the two codes, so one list serves both: each
 * topic says which codes' guides contain it. Topics C02 removed are C01-only; topics C02 added are C02-only.
 *
 * The wording is ours, summarising the guides' skills (and AWS's "Comparison of MLA-C01 and MLA-C02" page for what was
 * added and removed); ids are named, not numbered, because they group the guides' skills by topic rather than copy the
 * guides' numbering. Items name the topic they test in `skill`; bank:check rejects an item tagged for a code whose
 * guide lacks its topic, and bank:stats counts items per topic so gaps show.
 */
import type { Skill } from './index.ts';

type MlaCode = 'MLA-C01' | 'MLA-C02';
interface Topic {
  readonly id: string; // "<task>.<name>", e.g. "1.1.vector-stores"
  readonly text: string;
  readonly codes: readonly MlaCode[];
}

const BOTH: readonly MlaCode[] = ['MLA-C01', 'MLA-C02'];
const C01: readonly MlaCode[] = ['MLA-C01'];
const C02: readonly MlaCode[] = ['MLA-C02'];

export const MLA_TOPICS: readonly Topic[] = [
  // 1.1 Ingest and store data (C01) / Collect and store data (C02)
  { id: '1.1.formats', codes: BOTH, text: 'Data formats and their trade-offs (Parquet, ORC, Avro, JSON, CSV, RecordIO-protobuf).' },
  { id: '1.1.storage', codes: BOTH, text: 'Choosing where data lives for ML (Amazon S3, EBS, EFS, FSx, databases) by cost, performance and structure.' },
  { id: '1.1.streaming', codes: BOTH, text: 'Streaming ingestion (Kinesis Data Streams, Data Firehose, Managed Service for Apache Flink, Amazon MSK).' },
  { id: '1.1.sources', codes: BOTH, text: 'Ingesting from sources and catalogs (AWS Glue crawlers and jobs, Data Catalog, Lake Formation, Athena, Redshift, EMR).' },
  { id: '1.1.loading', codes: BOTH, text: 'Loading data into SageMaker AI tools (Data Wrangler, Feature Store, training input modes File, Pipe and FastFile).' },
  { id: '1.1.vector-stores', codes: C02, text: 'Scalable vector stores (OpenSearch Service vector search, RDS and Aurora PostgreSQL with pgvector, Amazon S3 Vectors).' },
  { id: '1.1.modalities', codes: C02, text: 'Collecting and storing diverse data types (text, image, audio, documents) for ML and generative AI.' },
  // 1.2 Transform data and perform feature engineering (C01) / … feature engineering, and pre-processing (C02)
  { id: '1.2.cleaning', codes: BOTH, text: 'Cleaning data: outliers, missing values and imputation, deduplication.' },
  { id: '1.2.features', codes: BOTH, text: 'Feature engineering: scaling, normalization, binning, log transforms, one-hot, label and target encoding.' },
  { id: '1.2.tools', codes: BOTH, text: 'Transformation tools (AWS Glue, Glue DataBrew, EMR with Spark, SageMaker Data Wrangler and Processing).' },
  { id: '1.2.feature-store', codes: BOTH, text: 'SageMaker Feature Store: online and offline stores, feature groups, point-in-time retrieval.' },
  { id: '1.2.labeling', codes: BOTH, text: 'Annotating and labeling data (SageMaker Ground Truth for existing customers, Amazon Mechanical Turk).' },
  { id: '1.2.embeddings', codes: C02, text: 'Embedding models: turning text, images and other data into vectors (Amazon Titan and Cohere embeddings on Bedrock).' },
  { id: '1.2.text-preprocessing', codes: C02, text: 'Advanced text pre-processing for FMs: tokenization, normalization, domain-specific augmentation.' },
  { id: '1.2.rag-preparation', codes: C02, text: 'Preparing documents for RAG: parsing, chunking strategies, chunk size and overlap, metadata.' },
  { id: '1.2.redaction', codes: C02, text: 'Masking, redacting and anonymizing sensitive data before it reaches FMs, embeddings or training sets.' },
  { id: '1.2.fm-data', codes: C02, text: 'Preparing data for FM fine-tuning, continued pre-training and distillation (JSONL prompt-completion records).' },
  // 1.3 Ensure data integrity and prepare data for modeling (C01) / Validate data quality and manage bias (C02)
  { id: '1.3.bias', codes: BOTH, text: 'Pre-training bias: class imbalance, difference in proportions of labels (DPL), measuring it with SageMaker Clarify.' },
  { id: '1.3.resampling', codes: BOTH, text: 'Correcting imbalance and scarcity: resampling, class weights, synthetic data and augmentation.' },
  { id: '1.3.data-protection', codes: BOTH, text: 'Protecting data for ML: encryption, masking, anonymization, PII/PHI handling and data residency.' },
  { id: '1.3.data-quality', codes: BOTH, text: 'Validating data quality (AWS Glue Data Quality rules, DataBrew profiles, schema and range checks).' },
  { id: '1.3.splitting', codes: BOTH, text: 'Splitting, shuffling and stratifying data; avoiding leakage between training, validation and test sets.' },
  { id: '1.3.training-input', codes: C01, text: 'Configuring training input from Amazon EFS or FSx for Lustre.' },
  { id: '1.3.bias-modalities', codes: C02, text: 'Bias metrics and representation across modalities (text, image, audio) and demographic slices.' },
  { id: '1.3.ai-data-integrity', codes: C02, text: 'Integrity of AI training data: validating prompt-response pairs, content safety, contamination and duplicates.' },
  // 2.1 Choose a modeling approach (C01) / Choose appropriate modeling approaches for ML and AI solutions (C02)
  { id: '2.1.algorithm-fit', codes: BOTH, text: 'Framing the problem and choosing an algorithm (classification, regression, forecasting, clustering, anomaly detection).' },
  { id: '2.1.ai-services', codes: BOTH, text: 'Managed AI services for common needs (Comprehend, Textract, Rekognition, Transcribe, Translate, Personalize).' },
  { id: '2.1.built-in-algorithms', codes: BOTH, text: 'SageMaker AI built-in algorithms and what each suits (XGBoost, Linear Learner, DeepAR, Random Cut Forest …).' },
  { id: '2.1.interpretability', codes: BOTH, text: 'Interpretability as a selection criterion; simpler models versus explainability tools.' },
  { id: '2.1.pretrained', codes: BOTH, text: 'Starting from pre-trained models: SageMaker JumpStart and Amazon Bedrock.' },
  { id: '2.1.cost', codes: BOTH, text: 'Cost and effort of modeling approaches (AutoML with Autopilot, built-in, custom).' },
  { id: '2.1.fm-selection', codes: C02, text: 'Choosing an Amazon Bedrock FM by modality, context window, quality, latency, cost and Region.' },
  { id: '2.1.customization-strategy', codes: C02, text: 'Custom, managed, pre-trained or FM; prompting, RAG, fine-tuning or continued pre-training; distillation.' },
  { id: '2.1.rag-patterns', codes: C02, text: 'RAG architecture patterns: managed knowledge bases, custom retrieval, hybrid search, when RAG beats fine-tuning.' },
  { id: '2.1.fm-tradeoffs', codes: C02, text: 'Performance, latency and cost trade-offs of FM choices (model size, provisioned versus on-demand, caching).' },
  // 2.2 Train and refine models (C01) / Train, fine-tune, and customize models for ML and AI solutions (C02)
  { id: '2.2.training-params', codes: BOTH, text: 'Training parameters: epochs, batch size, learning rate, early stopping, loss curves.' },
  { id: '2.2.distributed', codes: BOTH, text: 'Speeding up training: distributed data and model parallelism, managed Spot training, checkpoints.' },
  { id: '2.2.regularization', codes: BOTH, text: 'Overfitting and underfitting; dropout, L1/L2 regularization, more data, simpler models.' },
  { id: '2.2.tuning', codes: BOTH, text: 'Hyperparameter tuning with SageMaker AI automatic model tuning (random, Bayesian, Hyperband, warm start).' },
  { id: '2.2.script-mode', codes: BOTH, text: 'Training with your own code: script mode with framework containers, requirements, custom metrics.' },
  // C02 drops C01's wording "fine-tune pre-trained models with custom datasets" but tests task-specific fine-tuning.
  { id: '2.2.fine-tuning', codes: BOTH, text: 'Fine-tuning pre-trained models and FMs for a task (Bedrock, JumpStart); catastrophic forgetting.' },
  { id: '2.2.ensembles', codes: BOTH, text: 'Combining models: bagging, boosting, stacking.' },
  { id: '2.2.model-size', codes: C01, text: 'Reducing model size: pruning, compression, lower-precision data types.' },
  { id: '2.2.versioning', codes: BOTH, text: 'Versioning models and lineage (SageMaker Model Registry, model packages, MLflow model registry).' },
  { id: '2.2.prompt-engineering', codes: C02, text: 'Task-specific prompt engineering: instructions, few-shot examples, output formats, templates.' },
  { id: '2.2.retrieval-optimization', codes: C02, text: 'Optimizing retrieval and embedding models: chunking, embedding choice, top-k, reranking, hybrid search.' },
  // 2.3 Analyze model performance (C01) / Analyze and evaluate the performance of ML and AI systems (C02)
  { id: '2.3.classification-metrics', codes: BOTH, text: 'Classification metrics: confusion matrix, precision, recall, F1, accuracy, ROC and AUC, thresholds.' },
  { id: '2.3.regression-metrics', codes: BOTH, text: 'Regression metrics: RMSE, MAE, MAPE, R².' },
  { id: '2.3.diagnosis', codes: BOTH, text: 'Baselines and diagnosing training (convergence, overfitting; SageMaker Debugger for existing customers).' },
  { id: '2.3.explainability', codes: BOTH, text: 'Explaining predictions and post-training bias (SageMaker Clarify, SHAP values).' },
  { id: '2.3.shadow-variants', codes: BOTH, text: 'Comparing a candidate with production: shadow variants and shadow tests.' },
  { id: '2.3.experiments', codes: BOTH, text: 'Reproducible experiments and tracking (MLflow on SageMaker AI, SageMaker Experiments).' },
  { id: '2.3.human-evaluation', codes: C02, text: 'Human evaluation frameworks for generative output (Bedrock model evaluation with human workers).' },
  { id: '2.3.text-metrics', codes: C02, text: 'Metrics for generated text: BLEU, ROUGE, BERTScore, semantic similarity.' },
  { id: '2.3.llm-judge', codes: C02, text: 'LLM-as-a-judge and automated evaluation of quality, correctness and bias (Amazon Bedrock Evaluations).' },
  { id: '2.3.rag-evaluation', codes: C02, text: 'Evaluating RAG: retrieval relevance and accuracy, context coverage, faithfulness of answers.' },
  // 3.1 Select deployment infrastructure (C01) / Manage deployment infrastructure for ML and AI model types (C02)
  { id: '3.1.endpoint-types', codes: BOTH, text: 'Inference options: real-time, serverless, asynchronous endpoints and batch transform.' },
  { id: '3.1.compute', codes: BOTH, text: 'Choosing compute for inference: CPU, GPU, AWS Inferentia and Trainium instances.' },
  { id: '3.1.multi-model', codes: BOTH, text: 'Sharing endpoints: multi-model, multi-container endpoints and inference components.' },
  { id: '3.1.targets', codes: BOTH, text: 'Deployment targets (SageMaker AI endpoints, Amazon EKS, Amazon ECS, AWS Lambda) and orchestrators.' },
  { id: '3.1.containers', codes: C01, text: 'Bring your own container versus pre-built SageMaker AI containers.' },
  { id: '3.1.edge', codes: C01, text: 'Optimizing models for edge devices with SageMaker Neo.' },
  { id: '3.1.fm-deployment', codes: C02, text: 'FM deployment options: Bedrock on-demand, Provisioned Throughput, cross-Region inference, JumpStart endpoints.' },
  { id: '3.1.model-import', codes: C02, text: 'Bringing models built outside AWS: Bedrock Custom Model Import, SageMaker AI hosting.' },
  { id: '3.1.agents', codes: C02, text: 'Deploying agents and agent communication protocols (Amazon Bedrock AgentCore Runtime, MCP, A2A).' },
  { id: '3.1.retrieval-strategies', codes: C02, text: 'RAG retrieval strategies at serving time: semantic, hybrid, metadata filters, reranking.' },
  // 3.2 Create and script infrastructure (C01) / Provision and configure resources for ML and AI workloads (C02)
  { id: '3.2.scaling', codes: BOTH, text: 'Auto scaling endpoints: target tracking, step and scheduled policies; scaling metrics.' },
  { id: '3.2.iac', codes: BOTH, text: 'Infrastructure as code: AWS CloudFormation and AWS CDK.' },
  { id: '3.2.containers-ecr', codes: BOTH, text: 'Building images and storing them in Amazon ECR for SageMaker AI, ECS and EKS.' },
  { id: '3.2.networking', codes: BOTH, text: 'Endpoints and jobs in a VPC: subnets, security groups, VPC interface endpoints.' },
  { id: '3.2.sdk', codes: BOTH, text: 'Deploying with the SageMaker Python SDK and boto3; endpoint configurations.' },
  { id: '3.2.provisioning', codes: BOTH, text: 'On-demand versus provisioned resources; Spot Instances; HyperPod clusters.' },
  { id: '3.2.knowledge-bases', codes: C02, text: 'Amazon Bedrock Knowledge Bases: data sources, vector store choice, chunking and retrieval configuration.' },
  { id: '3.2.agent-state', codes: C02, text: 'Agent state and memory management (AgentCore Memory, session state).' },
  { id: '3.2.gpu-scaling', codes: C02, text: 'Scaling GPU inference and training capacity for FMs.' },
  { id: '3.2.agentic-infra', codes: C02, text: 'Infrastructure for agentic workflows: tools behind AgentCore Gateway, Lambda, Step Functions.' },
  // 3.3 CI/CD (C01) / Implement automated orchestration and CI/CD pipelines for MLOps and AI workloads (C02)
  { id: '3.3.code-services', codes: BOTH, text: 'AWS CodePipeline, CodeBuild and CodeDeploy for ML.' },
  { id: '3.3.git-flows', codes: BOTH, text: 'Version control and branching flows that trigger ML pipelines.' },
  { id: '3.3.triggers', codes: BOTH, text: 'Event-driven pipelines: Amazon EventBridge rules and schedules.' },
  { id: '3.3.pipelines', codes: BOTH, text: 'SageMaker Pipelines steps, conditions, parameters and caching; MWAA and Step Functions.' },
  { id: '3.3.deployment-strategies', codes: BOTH, text: 'Deployment guardrails: blue/green, canary and linear traffic shifting, automatic rollback.' },
  { id: '3.3.retraining', codes: BOTH, text: 'Automated retraining and tests in the pipeline; model approval.' },
  { id: '3.3.prompt-management', codes: C02, text: 'Amazon Bedrock Prompt Management: prompt versions, variants and prompt testing.' },
  { id: '3.3.agent-pipelines', codes: C02, text: 'Deployment pipelines for agents: versions, aliases, promotion between stages.' },
  { id: '3.3.fm-automation', codes: C02, text: 'Automating FM deployment with fine-tuned model versions.' },
  { id: '3.3.kb-refresh', codes: C02, text: 'Keeping knowledge bases current: scheduled and event-driven ingestion jobs.' },
  // 4.1 Monitor model inference (C01) / Monitor ML and AI model inference and performance (C02)
  { id: '4.1.drift', codes: BOTH, text: 'Data drift, concept drift and their symptoms in production.' },
  { id: '4.1.model-monitor', codes: BOTH, text: 'SageMaker Model Monitor: data quality, model quality, bias drift, feature attribution drift (existing customers).' },
  { id: '4.1.ab-testing', codes: BOTH, text: 'A/B testing with production variants and traffic weights.' },
  { id: '4.1.ml-lens', codes: BOTH, text: 'Monitoring practice from the AWS Well-Architected Machine Learning Lens.' },
  { id: '4.1.agent-monitoring', codes: C02, text: 'Monitoring agents: tool-call failures, coordination, latency, truncated streaming (AgentCore Observability).' },
  { id: '4.1.fm-monitoring', codes: C02, text: 'Monitoring FM quality in production with Bedrock evaluations, invocation logging and CloudWatch metrics.' },
  // 4.2 Monitor and optimize infrastructure and costs (C01) / Optimize and manage ML and AI infrastructure costs (C02)
  { id: '4.2.observability', codes: BOTH, text: 'Amazon CloudWatch metrics, logs, alarms and Logs Insights; AWS X-Ray; AWS CloudTrail.' },
  { id: '4.2.eventbridge-monitoring', codes: C01, text: 'Monitoring ML infrastructure events with Amazon EventBridge.' },
  { id: '4.2.rightsizing', codes: BOTH, text: 'Right-sizing: SageMaker Inference Recommender, AWS Compute Optimizer.' },
  { id: '4.2.cost-tools', codes: BOTH, text: 'Cost visibility and control: Cost Explorer, AWS Budgets, Trusted Advisor, cost allocation tags.' },
  { id: '4.2.purchasing', codes: BOTH, text: 'Purchasing options: Spot, Reserved Instances, SageMaker AI Savings Plans.' },
  { id: '4.2.capacity', codes: C01, text: 'Troubleshooting capacity: provisioned concurrency, service quotas, auto scaling limits.' },
  { id: '4.2.fm-cost', codes: C02, text: 'FM inference cost: token usage, on-demand versus Provisioned Throughput, batch inference, prompt caching.' },
  { id: '4.2.agent-cost', codes: C02, text: 'Resource consumption of agents: tool calls, steps, tokens per task.' },
  { id: '4.2.vector-cost', codes: C02, text: 'Costs of embeddings and vector storage (index size, dimensions, store choice).' },
  // 4.3 Secure AWS resources (C01) / Secure ML and AI workloads and model endpoints (C02)
  { id: '4.3.iam', codes: BOTH, text: 'IAM roles and policies, least privilege, execution roles, SageMaker Role Manager.' },
  { id: '4.3.network', codes: BOTH, text: 'Network isolation: VPC, subnets, security groups, interface endpoints, network isolation of training.' },
  { id: '4.3.encryption', codes: BOTH, text: 'Encryption at rest and in transit with AWS KMS; inter-container traffic encryption.' },
  { id: '4.3.auditing', codes: BOTH, text: 'Auditing and compliance: CloudTrail, AWS Config, Amazon Macie.' },
  { id: '4.3.cicd-security', codes: BOTH, text: 'Securing ML CI/CD: secrets, artifact integrity, permissions of pipeline roles.' },
  { id: '4.3.vulnerability-scanning', codes: C02, text: 'Vulnerability checks in pipelines: Amazon Inspector image and code scans (the guide also names Amazon CodeGuru, whose Security service AWS discontinued in November 2025).' },
  { id: '4.3.fm-credentials', codes: C02, text: 'Credentials for FM access: Amazon Bedrock API keys versus IAM roles and temporary credentials.' },
  { id: '4.3.guardrails', codes: C02, text: 'Amazon Bedrock Guardrails: content filters, denied topics, sensitive-information filters, grounding checks.' },
];

/** The topics of one code, per task statement, in the shape the other exams' skill lists use. */
export function mlaSkills(code: MlaCode): Readonly<Record<string, readonly Skill[]>> {
  const out: Record<string, Skill[]> = {};
  for (const t of MLA_TOPICS) {
    if (!t.codes.includes(code)) continue;
    const task = t.id.slice(0, 3);
    (out[task] ??= []).push({ id: t.id, text: t.text });
  }
  return out;
}

/** The codes whose guides hold a topic, for messages that say where it belongs. */
export function mlaTopicCodes(id: string): readonly MlaCode[] | undefined {
  return MLA_TOPICS.find((t) => t.id === id)?.codes;
}
