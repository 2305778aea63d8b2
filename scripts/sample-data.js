// The raw material of the bundled sample register (scripts/make-sample.js): fictional owners,
// and findings typical of an ISO/IEC 27001:2022 ISMS, one list per source. Every name is made up.
'use strict';

const OWNERS = [
  'Priya Shah',
  'Tom Becker',
  'Ana Morales',
  "Liam O'Connor",
  'Mei Chen',
  'Kwame Mensah',
  'Sofia Rossi',
  'Jonas Lind',
  'Fatima Khan',
  'Daniel Novak',
  'Grace Okafor',
  'Lucas Martin',
];

const VERIFIERS = ['Hana Ito (ISMS manager)', 'Raj Patel (internal audit)', 'Elena Petrova (CISO)'];

const CONTEXTS = [
  'London office',
  'Lisbon office',
  'payments API',
  'customer portal',
  'HR system',
  'finance team',
  'data platform',
  'service desk',
  'build pipeline',
  'mobile app',
  'warehouse site',
  'sales team',
];

// [source, types it yields, title, requirement, correction, root cause, action, category, RCA method]
// prettier-ignore
const FINDINGS = [
  ['internal-audit', ['minor-nc', 'nc'], 'Leavers keep access after their last day', 'A.5.18', 'Disabled the 4 accounts found', 'HR leaver notifications go to a shared mailbox nobody owns', 'Automate leaver feed from HR to the identity provider', 'process', '5-whys'],
  ['internal-audit', ['minor-nc', 'observation'], 'Access reviews not evidenced for Q2', 'A.5.18', 'Ran the missing review', 'Review task not in the compliance calendar', 'Add quarterly access reviews to the compliance calendar with reminders', 'process', '5-whys'],
  ['internal-audit', ['observation', 'ofi'], 'Asset inventory owners out of date', 'A.5.9', 'Corrected owners of 12 assets', 'No trigger to update ownership on team changes', 'Link inventory ownership to the org chart export', 'process', 'fishbone'],
  ['internal-audit', ['minor-nc'], 'Supplier security reviews overdue', 'A.5.22', 'Scheduled reviews for 3 critical suppliers', 'Supplier review cadence not defined by criticality', 'Define review frequency per supplier tier in the supplier procedure', 'supplier', '5-whys'],
  ['internal-audit', ['nc', 'minor-nc'], 'ISMS objectives not measured', '6.2', 'Collected Q3 figures manually', 'Objectives lack defined metrics and data owners', 'Add metric, owner and source to each objective', 'management', '5-whys'],
  ['external-audit', ['major-nc'], 'No evidence of internal audit covering Annex A', '9.2.2', 'Planned an extraordinary internal audit', 'Audit programme covered clauses only', 'Rebuild the 3-year audit programme to cover all Annex A themes', 'management', 'fishbone'],
  ['external-audit', ['minor-nc'], 'Risk treatment plan not approved by risk owners', '6.1.3', 'Sent the plan for approval', 'Approval step missing from the risk procedure', 'Add risk-owner sign-off to the risk treatment workflow', 'process', '5-whys'],
  ['external-audit', ['minor-nc', 'observation'], 'Statement of Applicability justification incomplete', '6.1.3', 'Completed justifications for 7 controls', 'SoA template has no justification guidance', 'Update SoA template with guidance and examples', 'documentation', 'other'],
  ['external-audit', ['ofi'], 'Security awareness metrics could drive targeting', '7.3', '', '', 'Use phishing-test results to target refresher training', 'people', ''],
  ['risk-assessment', ['ofi', 'nc'], 'Backups not tested for the data platform', 'A.8.13', 'Ran a one-off restore test', 'Restore tests not scheduled after platform migration', 'Schedule quarterly restore tests with recorded results', 'technology', 'fault-tree'],
  ['risk-assessment', ['ofi'], 'Single admin for the firewall cluster', 'A.5.2', '', '', 'Train a second administrator and document the runbook', 'people', ''],
  ['risk-assessment', ['ofi', 'observation'], 'Laptop disk encryption not enforced by policy', 'A.8.1', 'Encrypted 3 laptops found unencrypted', 'MDM baseline allowed opt-out', 'Enforce encryption in the MDM compliance policy', 'technology', '5-whys'],
  ['incident', ['nc', 'minor-nc'], 'Phishing led to a compromised mailbox', 'A.6.3', 'Reset credentials and revoked sessions', 'MFA not enforced for legacy mail protocols', 'Block legacy authentication tenant-wide', 'technology', '5-whys'],
  ['incident', ['nc', 'major-nc'], 'Customer data sent to the wrong recipient', 'A.5.14', 'Recalled the message and informed the customer', 'Autocomplete suggested a similar address', 'Enable external-recipient warnings and DLP for customer data', 'technology', '5-whys'],
  ['incident', ['minor-nc'], 'Unpatched server exploited by a scanner', 'A.8.8', 'Patched and isolated the server', 'Server missing from the patch management scope', 'Reconcile the CMDB with the patch tool monthly', 'process', 'fault-tree'],
  ['incident', ['observation', 'nc'], 'Security event not logged in the incident register', 'A.5.25', 'Logged the event retrospectively', 'Human error', 'Add the incident register link to the on-call runbook', 'people', '5-whys'],
  ['management-review', ['ofi'], 'ISMS budget tracking', '9.3.3', '', '', 'Report ISMS spend against budget at each review', 'management', ''],
  ['management-review', ['ofi'], 'Publish ISMS performance to staff', '7.4', '', '', 'Quarterly intranet post on ISMS objectives', 'management', ''],
  ['objectives', ['nc', 'ofi'], 'Patch compliance objective missed (92% vs 98%)', '6.2', 'Escalated the backlog to system owners', 'Maintenance windows too infrequent for the estate size', 'Move to weekly maintenance windows for standard servers', 'process', 'pareto'],
  ['objectives', ['ofi'], 'Mean time to triage incidents above target', '6.2', '', '', 'Introduce an on-call triage rota', 'process', ''],
  ['training', ['nc', 'minor-nc'], 'Mandatory training completion below 90%', '7.2', 'Chased non-completers via managers', 'Training not part of onboarding checklist', 'Add security training to onboarding and manager dashboards', 'people', '5-whys'],
  ['training', ['ofi'], 'Secure coding training for developers', 'A.8.28', '', '', 'Annual secure-coding course for all engineers', 'people', ''],
  ['compliance-review', ['minor-nc', 'nc'], 'Record of processing activities incomplete', 'A.5.34', 'Added 5 missing processing activities', 'No owner for the record after the DPO left', 'Assign the record to the privacy lead with a review date', 'management', '5-whys'],
  ['compliance-review', ['observation'], 'Contract clauses for subprocessors vary', 'A.5.20', 'Listed contracts without standard clauses', 'Legal template not mandated', 'Mandate the standard data-processing addendum', 'documentation', 'other'],
  ['bc-exercise', ['nc', 'ofi'], 'Failover exceeded the recovery time objective', 'A.5.30', 'Documented the manual steps used', 'DNS TTLs too long for the failover design', 'Lower DNS TTLs and automate failover steps', 'technology', 'fault-tree'],
  ['bc-exercise', ['ofi', 'observation'], 'Crisis contact list out of date', 'A.5.29', 'Updated the contact list', 'No owner for the list', 'Assign the list to the BC coordinator with a quarterly check', 'process', '5-whys'],
  ['document-review', ['minor-nc', 'observation'], 'Access control policy past its review date', '7.5.2', 'Extended the policy with interim approval', 'Document review dates not tracked', 'Track review dates in the document register with alerts', 'documentation', '5-whys'],
  ['document-review', ['ofi'], 'Merge overlapping acceptable-use documents', '7.5.1', '', '', 'Consolidate three documents into one policy', 'documentation', ''],
  ['employee-suggestion', ['ofi'], 'Offer a password manager to all staff', 'A.5.17', '', '', 'Roll out the company password manager', 'technology', ''],
  ['employee-suggestion', ['ofi'], 'Clear-desk reminders in meeting rooms', 'A.7.7', '', '', 'Put clear-desk signage in meeting rooms', 'people', ''],
  ['monitoring', ['nc', 'observation'], 'SIEM alerts not reviewed at weekends', 'A.8.16', 'Reviewed the weekend backlog', 'No weekend coverage in the SOC rota', 'Add weekend on-call coverage to the SOC rota', 'process', '5-whys'],
  ['monitoring', ['observation', 'ofi'], 'Log retention shorter than policy', 'A.8.15', 'Extended retention on the log platform', 'Default retention of the new platform not changed', 'Add retention to the platform build checklist', 'technology', '5-whys'],
  ['interested-party', ['nc', 'minor-nc'], 'Customer questionnaire answers inconsistent', '4.2', 'Sent corrected answers to the customer', 'No single source of approved answers', 'Create a reviewed security answer library', 'documentation', 'fishbone'],
  ['interested-party', ['ofi'], 'Publish a trust page for customers', '4.2', '', '', 'Publish a security trust page', 'management', ''],
  ['supplier', ['minor-nc', 'nc'], 'Cloud supplier SOC 2 report not reviewed', 'A.5.22', 'Reviewed the latest report', 'Supplier evidence not tracked', 'Track supplier assurance evidence with expiry dates', 'supplier', '5-whys'],
  ['supplier', ['observation'], 'Supplier offboarding does not revoke VPN access', 'A.5.19', 'Revoked 2 supplier VPN accounts', 'Offboarding checklist lacks access revocation', 'Add access revocation to supplier offboarding', 'supplier', '5-whys'],
  ['technical-test', ['major-nc', 'nc'], 'Penetration test found SQL injection', 'A.8.28', 'Deployed a WAF rule', 'Input validation library not used in the legacy module', 'Refactor the legacy module to the shared validation library', 'technology', 'fault-tree'],
  ['technical-test', ['minor-nc', 'observation'], 'TLS 1.0 enabled on a public endpoint', 'A.8.24', 'Disabled TLS 1.0', 'Hardening baseline not applied to the load balancer', 'Apply the hardening baseline through infrastructure as code', 'technology', '5-whys'],
  ['technical-test', ['nc'], 'Vulnerability scan coverage below 100%', 'A.8.8', 'Added missing subnets to the scanner', 'New subnets not registered with the scanner', 'Register subnets automatically from the network IPAM', 'process', 'pareto'],
  ['other', ['ofi', 'observation'], 'Visitor log kept on paper', 'A.7.2', '', '', 'Introduce an electronic visitor system', 'environment', ''],
  ['other', ['ofi'], 'Shred bins emptied irregularly', 'A.7.14', '', '', 'Agree a weekly collection with the shredding supplier', 'supplier', ''],
];

module.exports = { OWNERS, VERIFIERS, CONTEXTS, FINDINGS };
