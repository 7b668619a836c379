/**
 * The skills (objectives) of the AIF-C01 exam guide, revision 1.1 (30 April 2026), per task statement, numbered as the
 * guide numbers them. Items name the one they test in `skill`; bank:stats counts items per skill, so gaps show.
 */
import type { Skill } from './index.ts';

export const AIF_C01_SKILLS: Readonly<Record<string, readonly Skill[]>> = {
  '1.1': [
    { id: '1.1.1', text: 'Define basic AI terms (for example, AI, ML, deep learning, neural networks, computer vision, NLP, model, algorithm, training and inferencing, bias, fairness, fit, LLM, GenAI, agentic AI).' },
    { id: '1.1.2', text: 'Describe the similarities and differences between AI, ML, GenAI, deep learning, and agentic AI.' },
    { id: '1.1.3', text: 'Describe various types of inferencing (for example, batch, real-time, asynchronous, serverless).' },
    { id: '1.1.4', text: 'Describe the different types of data in AI models (for example, labeled and unlabeled, tabular, time-series, image, text, structured and unstructured).' },
    { id: '1.1.5', text: 'Describe different types of AI/ML learning (for example, supervised, unsupervised, and reinforcement learning methods).' },
  ],
  '1.2': [
    { id: '1.2.1', text: 'Recognize applications where AI/ML can provide value (for example, assist human decision making, solution scalability, automation).' },
    { id: '1.2.2', text: 'Determine when AI/ML solutions are not appropriate (for example, cost-benefit analyses, situations when a specific outcome is needed instead of a prediction).' },
    { id: '1.2.3', text: 'Select the appropriate AI/ML techniques for specific use cases (for example, regression, classification, clustering).' },
    { id: '1.2.4', text: 'Identify examples of real-world AI applications (for example, computer vision, NLP, speech recognition, recommendation systems, fraud detection, forecasting, knowledge bases, agentic AI).' },
    { id: '1.2.5', text: 'Explain the capabilities of AWS managed AI/ML services (for example, Amazon SageMaker AI, Amazon Transcribe, Amazon Translate, Amazon Comprehend, Amazon Lex, Amazon Polly).' },
    { id: '1.2.6', text: 'Identify when traditional ML models or foundation models (FMs) are appropriate for a specific use case (for example, based on regulatory concerns, explainability requirements, operational constraints).' },
  ],
  '1.3': [
    { id: '1.3.1', text: 'Describe and differentiate the components of an AI/ML pipeline (data collection, EDA, pre-processing, feature engineering, training, tuning, evaluation, deployment, monitoring).' },
    { id: '1.3.2', text: 'Describe sources of models (for example, open source pre-trained models, training custom models).' },
    { id: '1.3.3', text: 'Describe methods to use a model in production (for example, managed API service, self-hosted API).' },
    { id: '1.3.4', text: 'Identify relevant AWS services and features for each stage of an AI/ML pipeline (for example, Amazon Bedrock, Amazon Quick, Kiro, Amazon SageMaker AI).' },
    { id: '1.3.5', text: 'Describe fundamental concepts of MLOps (for example, experimentation, repeatable processes, scalable systems, managing technical debt, production readiness, model monitoring, re-training).' },
    { id: '1.3.6', text: 'Describe model performance metrics (for example, accuracy, precision, recall, F1 score) and business metrics (for example, cost per user, development costs, customer feedback, ROI) to evaluate ML models.' },
  ],
  '2.1': [
    { id: '2.1.1', text: 'Define foundational GenAI concepts (for example, tokens, chunking, embeddings, vectors, prompt engineering, transformer-based LLMs, FMs, multimodal models, diffusion models).' },
    { id: '2.1.2', text: 'Identify potential use cases for GenAI models (for example, image, video, and audio generation; summarization; AI assistants; translation; code generation; customer service agents; search; recommendation engines).' },
    { id: '2.1.3', text: 'Describe the foundation model lifecycle (for example, data selection, model selection, pre-training, fine-tuning, evaluation, deployment, feedback).' },
    { id: '2.1.4', text: 'Describe the token-based pricing model and its effect on cost and performance for inference.' },
    { id: '2.1.5', text: 'Describe the role of context engineering in FM applications.' },
    { id: '2.1.6', text: 'Define foundational agentic AI concepts (for example, multi-agent system patterns, Model Context Protocol [MCP] for connecting agents to external systems, multi-agent communication, memory management, tool usage, workflow orchestration).' },
  ],
  '2.2': [
    { id: '2.2.1', text: 'Describe the advantages of GenAI (for example, adaptability, responsiveness, conversational capabilities, ability to generate content).' },
    { id: '2.2.2', text: 'Identify disadvantages of GenAI solutions (for example, hallucinations, interpretability, inaccuracy, nondeterminism).' },
    { id: '2.2.3', text: 'Identify factors to consider when selecting GenAI models (for example, model types, performance requirements, capabilities, constraints, compliance, cost, latency, model complexity).' },
    { id: '2.2.4', text: 'Determine business value and metrics for GenAI applications (for example, cross-domain performance, ROI, efficiency, conversion rate, average revenue per user, accuracy, customer lifetime value).' },
  ],
  '2.3': [
    { id: '2.3.1', text: 'Identify AWS services and features to develop GenAI applications (for example, Amazon Bedrock, Amazon SageMaker AI, SageMaker JumpStart, Amazon Quick, Kiro, Strands Agents, Amazon Bedrock AgentCore).' },
    { id: '2.3.2', text: 'Describe the advantages of using AWS GenAI services to build applications (for example, accessibility, lower barrier to entry, efficiency, cost-effectiveness, speed to market, ability to meet business objectives).' },
    { id: '2.3.3', text: 'Describe the benefits of AWS infrastructure for GenAI applications (for example, security, compliance, responsibility, safety).' },
    { id: '2.3.4', text: 'Describe cost tradeoffs of AWS GenAI services (for example, responsiveness, availability, redundancy, performance, regional coverage, token-based pricing, provisioned throughput, custom models).' },
  ],
  '3.1': [
    { id: '3.1.1', text: 'Identify selection criteria to choose FMs (for example, cost, modality, latency, multi-lingual, model size, model complexity, customization, input/output length, prompt caching).' },
    { id: '3.1.2', text: 'Describe the effect of inference parameters on model responses (for example, temperature, input/output length).' },
    { id: '3.1.3', text: 'Define Retrieval Augmented Generation (RAG) and describe its business applications (for example, Amazon Bedrock Knowledge Bases).' },
    { id: '3.1.4', text: 'Identify AWS services that help store embeddings within vector databases (for example, Amazon OpenSearch Service, Amazon Aurora, Amazon Neptune, Amazon RDS for PostgreSQL).' },
    { id: '3.1.5', text: 'Explain the cost tradeoffs of various approaches to FM customization (for example, pre-training, fine-tuning, in-context learning, RAG, model distillation).' },
    { id: '3.1.6', text: 'Define the role of AI agents and describe AI agents\' business applications.' },
  ],
  '3.2': [
    { id: '3.2.1', text: 'Define the concepts and constructs of prompt engineering (for example, context, instruction, negative prompts).' },
    { id: '3.2.2', text: 'Define techniques for prompt engineering (for example, chain-of-thought, zero-shot, single-shot, few-shot, prompt templates).' },
    { id: '3.2.3', text: 'Identify and describe the benefits and best practices for prompt engineering (for example, response quality improvement, experimentation, guardrails, discovery, specificity and concision, using multiple comments).' },
    { id: '3.2.4', text: 'Define potential risks and limitations of prompt engineering (for example, exposure, poisoning, hijacking, jailbreaking).' },
    { id: '3.2.5', text: 'Describe prompt versioning and management strategies that use Amazon Bedrock Prompt Management.' },
  ],
  '3.3': [
    { id: '3.3.1', text: 'Describe the key elements of training an FM (for example, pre-training, fine-tuning, continuous pre-training, distillation).' },
    { id: '3.3.2', text: 'Define methods for fine-tuning an FM (for example, instruction tuning, adapting models for specific domains, transfer learning, continuous pre-training).' },
    { id: '3.3.3', text: 'Describe how to prepare data to fine-tune an FM (for example, data curation, governance, size, labeling, representativeness, RLHF).' },
  ],
  '3.4': [
    { id: '3.4.1', text: 'Determine approaches to evaluate FM performance (for example, human-in-the-loop evaluation, benchmark datasets, Amazon Bedrock Model Evaluation).' },
    { id: '3.4.2', text: 'Identify relevant metrics to assess FM performance (for example, ROUGE, BLEU, BERTScore, LLM-as-a-judge).' },
    { id: '3.4.3', text: 'Determine whether an FM effectively meets business objectives (for example, productivity, user engagement, task engineering).' },
    { id: '3.4.4', text: 'Identify approaches to evaluate the performance of applications built with FMs (for example, RAG, agents, workflows).' },
    { id: '3.4.5', text: 'Identify business objective alignment metrics for AI applications (for example, task completion rate, user satisfaction, cost per interaction).' },
  ],
  '4.1': [
    { id: '4.1.1', text: 'Identify features of responsible AI (for example, bias, fairness, inclusivity, robustness, safety, veracity).' },
    { id: '4.1.2', text: 'Explain how to use tools to identify features of responsible AI (for example, Amazon Bedrock Guardrails).' },
    { id: '4.1.3', text: 'Define responsible practices to select a model (for example, environmental considerations, sustainability).' },
    { id: '4.1.4', text: 'Identify legal risks of working with GenAI (for example, intellectual property infringement claims, biased model outputs, loss of customer trust, end user risk, hallucinations).' },
    { id: '4.1.5', text: 'Identify characteristics of datasets (for example, inclusivity, diversity, curated data sources, balanced datasets).' },
    { id: '4.1.6', text: 'Describe effects of bias and variance (for example, effects on demographic groups, inaccuracy, overfitting, underfitting).' },
    { id: '4.1.7', text: 'Describe tools to detect and monitor bias, trustworthiness, and truthfulness (for example, analyzing label quality, human audits, subgroup analysis).' },
  ],
  '4.2': [
    { id: '4.2.1', text: 'Describe the differences between models that are transparent and explainable and models that are not.' },
    { id: '4.2.2', text: 'Describe tools to identify transparent and explainable models (for example, Amazon SageMaker Model Cards, Amazon Bedrock Model Evaluations, open source models, data, licensing).' },
    { id: '4.2.3', text: 'Identify tradeoffs between model safety and transparency (for example, measuring interpretability and performance).' },
    { id: '4.2.4', text: 'Describe principles of human-centered design for explainable AI (for example, user-feedback mechanisms, AI decision transparency).' },
  ],
  '5.1': [
    { id: '5.1.1', text: 'Identify AWS services and features to secure AI systems (for example, IAM roles, policies, and permissions; encryption; Amazon Macie; AWS PrivateLink; shared responsibility model; Amazon Bedrock AgentCore Identity; Policy in AgentCore; Amazon Bedrock Guardrails).' },
    { id: '5.1.2', text: 'Describe the concept of source citation and documenting data origins (for example, data lineage, data cataloging, SageMaker Model Cards).' },
    { id: '5.1.3', text: 'Describe best practices for secure data engineering (for example, assessing data quality, privacy-enhancing technologies, data access control, data integrity).' },
    { id: '5.1.4', text: 'Describe security and privacy considerations for AI systems (for example, application security, threat detection, vulnerability management, infrastructure protection, prompt injection, encryption at rest and in transit, data leakage prevention, output filtering and validation, audit logging of AI interactions, toxicity).' },
    { id: '5.1.5', text: 'Describe hallucination detection methods and grounding techniques to improve output accuracy (for example, RAG grounding, output validation, confidence scoring).' },
  ],
  '5.2': [
    { id: '5.2.1', text: 'Identify AWS services and features to assist with governance and regulation compliance (for example, AWS Config, Amazon Inspector, AWS Artifact, AWS CloudTrail, AWS Trusted Advisor).' },
    { id: '5.2.2', text: 'Describe data governance strategies (for example, data lifecycles, logging, residency, monitoring, observation, retention).' },
    { id: '5.2.3', text: 'Describe processes to follow governance protocols (for example, policies, review cadence, review strategies, governance frameworks such as the Generative AI Security Scoping Matrix, transparency standards, team training requirements).' },
  ],
};
