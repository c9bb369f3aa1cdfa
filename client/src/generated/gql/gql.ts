/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ChangesCursor { changesCursor }": typeof types.ChangesCursorDocument,
    "fragment ApiTokenFields on ApiToken { id name scopes regionCode expiresAt revokedAt lastUsedAt createdBy createdAt\n  rateLimitPerMinute dailyQuota effectiveRateLimitPerMinute effectiveDailyQuota requestsToday }": typeof types.ApiTokenFieldsFragmentDoc,
    "query ApiTokens { apiTokens { ...ApiTokenFields } }": typeof types.ApiTokensDocument,
    "mutation CreateApiToken($name: String!, $scopes: [String!]!, $expiresAt: DateTimeISO!, $regionCode: String, $rate: Int, $quota: Int) {\n  createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt, regionCode: $regionCode, rateLimitPerMinute: $rate, dailyQuota: $quota) { token apiToken { ...ApiTokenFields } } }": typeof types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ...ApiTokenFields } }": typeof types.RevokeApiTokenDocument,
    "mutation UpdateApiTokenLimits($id: ID!, $rate: Int, $quota: Int) { updateApiTokenLimits(id: $id, rateLimitPerMinute: $rate, dailyQuota: $quota) { ...ApiTokenFields } }": typeof types.UpdateApiTokenLimitsDocument,
    "query ApiTokenUsage($id: ID!, $from: String!, $to: String!) { apiTokenUsage(tokenId: $id, from: $from, to: $to) { day requests errors limited } }": typeof types.ApiTokenUsageDocument,
    "fragment WebhookEndpointFields on WebhookEndpoint { id url description eventTypes regionCode active secretMasked version createdBy updatedAt }": typeof types.WebhookEndpointFieldsFragmentDoc,
    "query WebhookEndpoints { webhookEndpoints { ...WebhookEndpointFields } }": typeof types.WebhookEndpointsDocument,
    "mutation CreateWebhookEndpoint($input: WebhookEndpointCreateInput!) { createWebhookEndpoint(input: $input) { ...WebhookEndpointFields } }": typeof types.CreateWebhookEndpointDocument,
    "mutation UpdateWebhookEndpoint($input: WebhookEndpointUpdateInput!) { updateWebhookEndpoint(input: $input) { ...WebhookEndpointFields } }": typeof types.UpdateWebhookEndpointDocument,
    "mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }": typeof types.DeleteWebhookEndpointDocument,
    "query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int!, $after: String) {\n  webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {\n    edges { node { id eventId eventType entityType entityId status attempts occurredAt nextAttemptAt lastStatusCode lastError deliveredAt\n      attemptLog { attempt at statusCode durationMs error } } }\n    pageInfo { hasNextPage endCursor } } }": typeof types.WebhookDeliveriesDocument,
    "mutation ReplayWebhookDelivery($id: ID!) { replayWebhookDelivery(id: $id) { id status } }": typeof types.ReplayWebhookDeliveryDocument,
    "mutation ReplayWebhookEvents($endpointId: ID!, $since: DateTimeISO!) { replayWebhookEvents(endpointId: $endpointId, since: $since) }": typeof types.ReplayWebhookEventsDocument,
    "fragment ApplicationFields on Application { id kind householdId householdCode headName regionName townshipCode townshipName memberId\n  memberName dibaoKind idNumber applicantName appliedOn reasons statement stage dueDate overdue incomePerCapita noticeStart noticeEndDate\n  openObjections decidedOn decidedBy amount startMonth rejectReason dibaoCaseId tekunPersonId imported version }": typeof types.ApplicationFieldsFragmentDoc,
    "fragment DibaoListFields on DibaoListRow { householdId householdCode headName idNumber regionName townshipName caseId checkMonth\n  incomePerCapita monthlyIncome area standard }": typeof types.DibaoListFieldsFragmentDoc,
    "query Applications($w: ApplicationWhere, $a: String) { c: applications(where: $w, first: 500, after: $a) {\n  totalCount edges { node { ...ApplicationFields } } pageInfo { hasNextPage endCursor } } }": typeof types.ApplicationsDocument,
    "query ApplicationDetail($id: ID!) { application(id: $id) { application { ...ApplicationFields }\n  steps { id step date people result incomePerCapita assetFlags dataSources passed noticeDays noticeEnd place createdBy }\n  objections { id receivedOn objector content answer answeredOn answeredBy }\n  timeline { date kind title detail actor files { id fileName url } } } }": typeof types.ApplicationDetailDocument,
    "mutation CreateApplication($i: CreateApplicationInput!) { r: createApplication(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }": typeof types.CreateApplicationDocument,
    "mutation RecordApplicationStep($i: RecordApplicationStepInput!) { r: recordApplicationStep(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }": typeof types.RecordApplicationStepDocument,
    "mutation RecordApplicationObjection($i: RecordObjectionInput!) { r: recordApplicationObjection(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }": typeof types.RecordApplicationObjectionDocument,
    "mutation AnswerApplicationObjection($i: AnswerObjectionInput!) { r: answerApplicationObjection(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }": typeof types.AnswerApplicationObjectionDocument,
    "mutation DecideApplication($i: DecideApplicationInput!) { r: decideApplication(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }": typeof types.DecideApplicationDocument,
    "query GradualExitCandidates($r: String) { l: gradualExitCandidates(regionCode: $r) { ...DibaoListFields } }": typeof types.GradualExitCandidatesDocument,
    "query EpidemicUncovered($r: String) { l: epidemicUncovered(regionCode: $r) { ...DibaoListFields } }": typeof types.EpidemicUncoveredDocument,
    "query FindHousehold($c: String!) { households(where: { code: { eq: $c } }, first: 1, maskPii: true) {\n  edges { node { id code headName regionCode townshipCode members { id name relation health disabilityGrade } } } } }": typeof types.FindHouseholdDocument,
    "fragment DibaoCaseFields on DibaoCase { id householdId householdCode headName regionName townshipCode townshipName kind\n  memberName state startDate monthlyAmount incomePerCapita aboveLine exitStartDate noticeDate noticeRef noticeStatus exitEndDate\n  monthsLeft daysLeft endsWithin3Months endDate endReason version }": typeof types.DibaoCaseFieldsFragmentDoc,
    "query DibaoCases($w: DibaoCaseWhere, $a: String) { c: dibaoCases(where: $w, first: 500, after: $a) {\n  edges { node { ...DibaoCaseFields } } pageInfo { hasNextPage endCursor } } }": typeof types.DibaoCasesDocument,
    "mutation EnrolDibao($i: EnrolDibaoInput!) { r: enrolDibao(input: $i) { ok errors { field code message }\n  dibaoCase { ...DibaoCaseFields } } }": typeof types.EnrolDibaoDocument,
    "mutation StartGradualExit($i: StartGradualExitInput!) { r: startGradualExit(input: $i) {\n  ok errors { field code message } dibaoCase { ...DibaoCaseFields } } }": typeof types.StartGradualExitDocument,
    "mutation EndDibao($i: EndDibaoInput!) { r: endDibao(input: $i) { ok errors { field code message }\n  dibaoCase { ...DibaoCaseFields } } }": typeof types.EndDibaoDocument,
    "fragment ReliefGrantFields on ReliefGrant { id householdCode recipientName townshipCode townshipName type amount cause\n  grantDate migrantWorkerCase caseByCase meetingRef assistFirst paperworkDue paperworkDoneAt paperworkOverdue daysOverdue\n  fromReserveFund version }": typeof types.ReliefGrantFieldsFragmentDoc,
    "query ReliefGrants($w: ReliefGrantWhere, $a: String) { c: reliefGrants(where: $w, first: 500, after: $a) {\n  edges { node { ...ReliefGrantFields } } pageInfo { hasNextPage endCursor } } }": typeof types.ReliefGrantsDocument,
    "mutation GrantRelief($i: GrantReliefInput!) { r: grantRelief(input: $i) { ok errors { field code message }\n  grant { ...ReliefGrantFields } } }": typeof types.GrantReliefDocument,
    "mutation CompleteReliefPaperwork($id: ID!, $v: Int!) { r: completeReliefPaperwork(id: $id, version: $v) {\n  ok errors { field code message } grant { ...ReliefGrantFields } } }": typeof types.CompleteReliefPaperworkDocument,
    "fragment ReserveFundFields on ReserveFund { townshipCode townshipName openingBalance toppedUp granted grantCount balance }": typeof types.ReserveFundFieldsFragmentDoc,
    "query ReserveFunds($r: String) { reserveFunds(regionCode: $r) { ...ReserveFundFields } }": typeof types.ReserveFundsDocument,
    "mutation TopUpReserveFund($t: String!, $a: Float!, $n: String) { r: topUpReserveFund(townshipCode: $t, amount: $a, note: $n) {\n  ok errors { field code message } fund { ...ReserveFundFields } } }": typeof types.TopUpReserveFundDocument,
    "fragment TekunPersonFields on TekunPerson { id name age householdCode regionName townshipCode townshipName supportMode\n  careProviderOrg startDate state minorClause coverageEndDate latestResult latestStage version }": typeof types.TekunPersonFieldsFragmentDoc,
    "fragment AssessmentFields on SelfCareAssessment { id personId personName result unmetCount assessorOrg stage assessedOn sampled\n  eating dressing bed toilet walking bathing }": typeof types.AssessmentFieldsFragmentDoc,
    "fragment AssessmentBatchFields on AssessmentBatch { id townshipCode townshipName name state size requiredSampleSize sampleSize\n  finalCount spotCheckSeed spotCheckDrawnAt spotCheckDrawnBy version\n  items { sampled finalResult preliminary { ...AssessmentFields } final { ...AssessmentFields } } }": typeof types.AssessmentBatchFieldsFragmentDoc,
    "query TekunPersons($w: TekunPersonWhere, $a: String) { c: tekunPersons(where: $w, first: 500, after: $a) {\n  edges { node { ...TekunPersonFields } } pageInfo { hasNextPage endCursor } } }": typeof types.TekunPersonsDocument,
    "mutation EnrolTekun($i: EnrolTekunInput!) { r: enrolTekun(input: $i) { ok errors { field code message }\n  person { ...TekunPersonFields } } }": typeof types.EnrolTekunDocument,
    "query AssessmentBatches($r: String) { assessmentBatches(regionCode: $r) { ...AssessmentBatchFields } }": typeof types.AssessmentBatchesDocument,
    "mutation CreateAssessmentBatch($i: CreateAssessmentBatchInput!) { r: createAssessmentBatch(input: $i) {\n  ok errors { field code message } batch { ...AssessmentBatchFields } } }": typeof types.CreateAssessmentBatchDocument,
    "mutation RecordSelfCareAssessment($i: SelfCareAssessmentInput!) { r: recordSelfCareAssessment(input: $i) {\n  ok result errors { field code message } assessment { ...AssessmentFields } } }": typeof types.RecordSelfCareAssessmentDocument,
    "mutation DrawSpotCheck($b: ID!, $s: String!) { r: drawSpotCheck(batchId: $b, seed: $s) {\n  ok seed sampleSize errors { field code message } batch { ...AssessmentBatchFields } } }": typeof types.DrawSpotCheckDocument,
    "mutation RecordFinalAssessment($i: FinalAssessmentInput!) { r: recordFinalAssessment(input: $i) {\n  ok result errors { field code message } assessment { ...AssessmentFields } } }": typeof types.RecordFinalAssessmentDocument,
    "fragment UserFields on User { username displayName role regionCode unitCode scopes mustChangePassword }": typeof types.UserFieldsFragmentDoc,
    "query Me { me { ...UserFields } }": typeof types.MeDocument,
    "mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token user { ...UserFields } } }": typeof types.LoginDocument,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "mutation ChangePassword($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }": typeof types.ChangePasswordDocument,
    "query ComparisonSetup { comparisonRules { rule label kinds description measure }\n  comparisonKinds { kind label agency columns { field label required } }\n  comparisonSources { id kind agency asOf via loadedBy loadedAt rowCount duplicateRows fileName superseded status progress matchedRows findingCount } }": typeof types.ComparisonSetupDocument,
    "query ComparisonFindings($w: ComparisonFindingWhere, $a: String) { comparisonFindings(where: $w, first: 500, after: $a) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { id version rule ruleLabel sourceId kind agency rowNo personName idNumber householdId\n  householdCode townshipCode townshipName reason state raisedOn dueDate overdue action actionRef verifiedBy } } } }": typeof types.ComparisonFindingsDocument,
    "query ComparisonFinding($id: ID!) { comparisonFinding(id: $id) { id version rule ruleLabel kind agency rowNo personName\n  idNumber householdCode townshipName reason state raisedOn dueDate overdue action actionRef note verifiedBy verifiedAt\n  sourceRow { field label value } ledger { householdId householdCode category regionName deleted memberId name idNumber relation disabilityGrade\n  memberCount dibao tekun } evidence { id fileName size url } } }": typeof types.ComparisonFindingDocument,
    "query ComparisonSummary { comparisonSummary { townshipCode townshipName rule ruleLabel total open overdue confirmed rejected } }": typeof types.ComparisonSummaryDocument,
    "mutation VerifyFinding($i: VerifyFindingInput!) { verifyFinding(input: $i) { ok errors { field code message } finding { id state version } } }": typeof types.VerifyFindingDocument,
    "mutation RunComparison($id: ID!) { runComparison(sourceId: $id) { id status findingCount } }": typeof types.RunComparisonDocument,
    "query ComparisonBulletin($m: String!) { bulletin(month: $m) { comparison { raised verified confirmed open overdue\n  rows { townshipCode townshipName rule ruleLabel total open overdue } } } }": typeof types.ComparisonBulletinDocument,
    "fragment HouseholdFields on Household { id code category regionCode regionName townshipCode townshipName address\n  headName headIdNumber phone memberCount incomePerCapita riskTypes riskStatus helperName remarks version createdAt updatedAt\n  deletedAt }": typeof types.HouseholdFieldsFragmentDoc,
    "fragment HouseholdRowResultFields on HouseholdRowResult { index id ok household { ...HouseholdFields }\n  errors { field code message } conflict { ...HouseholdFields } }": typeof types.HouseholdRowResultFieldsFragmentDoc,
    "query Households($w: HouseholdWhere, $o: [HouseholdOrder!], $first: Int, $after: String, $offset: Int, $count: Boolean!) {\n  households(where: $w, orderBy: $o, first: $first, after: $after, offset: $offset, maskPii: true) {\n    totalCount @include(if: $count) totalCountKind @include(if: $count)\n    pageInfo { hasNextPage endCursor }\n    edges { node { ...HouseholdFields } }\n  }\n}": typeof types.HouseholdsDocument,
    "mutation SaveHouseholds($u: [HouseholdUpdateInput!]!, $c: [HouseholdCreateInput!]!, $withU: Boolean!, $withC: Boolean!) {\n  u: updateHouseholds(input: $u) @include(if: $withU) { ...HouseholdRowResultFields }\n  c: createHouseholds(input: $c) @include(if: $withC) { ...HouseholdRowResultFields }\n}": typeof types.SaveHouseholdsDocument,
    "mutation DeleteHouseholds($ids: [ID!]!) { r: deleteHouseholds(ids: $ids) { ...HouseholdRowResultFields } }": typeof types.DeleteHouseholdsDocument,
    "mutation RestoreHouseholds($ids: [ID!]!) { r: restoreHouseholds(ids: $ids) { ...HouseholdRowResultFields } }": typeof types.RestoreHouseholdsDocument,
    "subscription LedgerChanges($w: HouseholdWhere, $since: String) {\n  householdsChanged(where: $w, since: $since, maskPii: true) { id version actor deleted cursor resync fields { field value } }\n}": typeof types.LedgerChangesDocument,
    "fragment LoopReferralFields on RiskReferral { id householdId householdCode headName category regionName month reasons state owner helper\n  dueDate overdue assistanceKind assistanceRef assistanceNote closeKind closeReason version }": typeof types.LoopReferralFieldsFragmentDoc,
    "query LoopReferrals($w: RiskReferralWhere, $a: String) { riskReferrals(where: $w, first: 500, after: $a) {\n  totalCount edges { node { ...LoopReferralFields } } pageInfo { hasNextPage endCursor } } }": typeof types.LoopReferralsDocument,
    "query ReferralBoard($r: String) { referralBoard(regionCode: $r) { townshipCode townshipName active open assigned assisting overdue } }": typeof types.ReferralBoardDocument,
    "mutation AssignReferral($i: AssignReferralInput!) { r: assignReferral(input: $i) { ok errors { field code message } } }": typeof types.AssignReferralDocument,
    "mutation StartReferral($i: StartReferralAssistanceInput!) { r: startReferralAssistance(input: $i) { ok errors { field code message } } }": typeof types.StartReferralDocument,
    "mutation CloseReferral($i: CloseReferralInput!) { r: closeReferral(input: $i) { ok errors { field code message } } }": typeof types.CloseReferralDocument,
    "fragment ReliefRequestFields on ReliefGrant { id householdCode recipientName recipientIdNumber townshipName type amount cause grantDate\n  caseByCase meetingRef approval decidedBy decidedOn decisionNote version }": typeof types.ReliefRequestFieldsFragmentDoc,
    "query ReliefRequests($w: ReliefGrantWhere) { reliefGrants(where: $w, first: 500) { edges { node { ...ReliefRequestFields } } } }": typeof types.ReliefRequestsDocument,
    "mutation DecideRelief($i: DecideReliefInput!) { r: decideReliefRequest(input: $i) { ok errors { field code message } } }": typeof types.DecideReliefDocument,
    "query SubsidyRuns($r: String) { subsidyRuns(regionCode: $r) { id month title amountPerPerson groups note personCount totalAmount\n  countyPersonCount countyTotalAmount } }": typeof types.SubsidyRunsDocument,
    "query SubsidyPayments($run: ID!, $r: String, $a: String) { subsidyPayments(runId: $run, regionCode: $r, first: 500, after: $a) {\n  totalCount totalAmount edges { node { id name idNumber householdCode townshipName regionName groups amount } } pageInfo { hasNextPage endCursor } } }": typeof types.SubsidyPaymentsDocument,
    "mutation OpenSubsidyRun($i: OpenSubsidyRunInput!) { r: openSubsidyRun(input: $i) { ok errors { field code message } } }": typeof types.OpenSubsidyRunDocument,
    "query CentralCareList($r: String, $a: Boolean) { centralCare(regionCode: $r, awaitingOnly: $a) { personId name idNumber age\n  townshipName regionName supportMode selfCare wish askedOn awaiting version } centralCareByTownship(regionCode: $r) { townshipCode townshipName\n  dispersedUnable notAsked wishing awaiting } }": typeof types.CentralCareListDocument,
    "mutation RecordWish($i: CentralCareWishInput!) { r: recordCentralCareWish(input: $i) { ok errors { field code message } } }": typeof types.RecordWishDocument,
    "mutation ChangeMode($i: ChangeSupportModeInput!) { r: changeSupportMode(input: $i) { ok errors { field code message } } }": typeof types.ChangeModeDocument,
    "query CareAgreementList($r: String, $p: Boolean) { careAgreements(regionCode: $r, problemsOnly: $p) { personId name idNumber\n  townshipName regionName status agreementId carerKind carerName carerPhone startDate endDate signedOn duties agreementVersion } }": typeof types.CareAgreementListDocument,
    "mutation SaveAgreement($i: CareAgreementInput!) { r: saveCareAgreement(input: $i) { ok errors { field code message } } }": typeof types.SaveAgreementDocument,
    "query VisitScheduleList($r: String, $o: Boolean) { visitSchedule(regionCode: $r, overdueOnly: $o) { personId name idNumber age\n  townshipName regionName selfCare intervalDays lastVisit nextDue overdue daysOverdue } visitsByTownship(regionCode: $r) { townshipCode townshipName dispersed overdue } }": typeof types.VisitScheduleListDocument,
    "mutation RecordVisit($i: CareVisitInput!) { r: recordCareVisit(input: $i) { ok errors { field code message } } }": typeof types.RecordVisitDocument,
    "fragment MemberFields on Member { id householdId name idNumber gender birthDate relation phone health disabilityType\n  disabilityGrade laborAbility schooling version }": typeof types.MemberFieldsFragmentDoc,
    "fragment MemberRowResultFields on MemberRowResult { index id ok member { ...MemberFields } household { ...HouseholdFields }\n  errors { field code message } conflict { ...MemberFields } }": typeof types.MemberRowResultFieldsFragmentDoc,
    "query HouseholdWithMembers($w: HouseholdWhere) { households(where: $w, first: 1, maskPii: true) {\n  edges { node { ...HouseholdFields members { ...MemberFields } } } } }": typeof types.HouseholdWithMembersDocument,
    "mutation SaveMembers($u: [MemberUpdateInput!]!, $c: [MemberAddInput!]!, $withU: Boolean!, $withC: Boolean!) {\n  u: updateMembers(input: $u) @include(if: $withU) { ...MemberRowResultFields }\n  c: addMembers(input: $c) @include(if: $withC) { ...MemberRowResultFields }\n}": typeof types.SaveMembersDocument,
    "mutation RemoveMembers($i: [MemberRemoveInput!]!) { r: removeMembers(input: $i) { ...MemberRowResultFields } }": typeof types.RemoveMembersDocument,
    "mutation SetHouseholdHead($h: ID!, $v: Int!, $m: ID!) { r: setHouseholdHead(householdId: $h, version: $v, memberId: $m) {\n  ok household { ...HouseholdFields } errors { field code message } conflict { ...HouseholdFields } } }": typeof types.SetHouseholdHeadDocument,
    "query RevealHousehold($id: ID!) { revealHousehold(id: $id) { headIdNumber phone\n  members { id idNumber phone birthDate health disabilityType disabilityGrade } } }": typeof types.RevealHouseholdDocument,
    "query HouseholdAuditEvents($id: ID!, $n: Int) { auditEvents(where: { householdId: $id }, first: $n) {\n  edges { node { id at actor action entityType entityId field before after step } } } }": typeof types.HouseholdAuditEventsDocument,
    "subscription MemberChanges($h: ID, $since: String) {\n  membersChanged(householdId: $h, since: $since) { id version actor deleted cursor resync fields { field value } }\n}": typeof types.MemberChangesDocument,
    "fragment CheckRowFields on MonthlyCheckRow { householdId householdCode headName category regionCode regionName checkId\n  month visitDate visitor incomeWages incomeBusiness incomeProperty incomeTransfer incomeTotal spendingMedical spendingSchooling\n  foodOk clothingOk schoolingOk medicalInsuranceOk housingGrade waterOk riskFound riskTypes measures remarks atRisk state version }": typeof types.CheckRowFieldsFragmentDoc,
    "fragment CheckRowResultFields on MonthlyCheckRowResult { ok row { ...CheckRowFields } errors { field code message }\n  conflict { ...CheckRowFields } }": typeof types.CheckRowResultFieldsFragmentDoc,
    "query MonthlyChecks($w: MonthlyCheckWhere!, $first: Int, $after: String, $count: Boolean!) {\n  monthlyChecks(where: $w, first: $first, after: $after) {\n    totalCount @include(if: $count)\n    pageInfo { hasNextPage endCursor }\n    edges { node { ...CheckRowFields } }\n  }\n}": typeof types.MonthlyChecksDocument,
    "mutation SaveMonthlyChecks($rows: [MonthlyCheckInput!]!) { r: saveMonthlyChecks(rows: $rows) { ...CheckRowResultFields } }": typeof types.SaveMonthlyChecksDocument,
    "query MonthlyCheckCompletion($m: String!, $r: String) { monthlyCheckCompletion(month: $m, regionCode: $r) {\n  townshipCode townshipName households visited submitted locked atRisk rate } }": typeof types.MonthlyCheckCompletionDocument,
    "mutation SubmitMonthlyChecks($r: String!, $m: String!, $ids: [ID!]) {\n  r: submitMonthlyChecks(regionCode: $r, month: $m, householdIds: $ids) { householdId ...CheckRowResultFields } }": typeof types.SubmitMonthlyChecksDocument,
    "mutation LockMonth($r: String!, $m: String!) { r: lockMonth(regionCode: $r, month: $m) {\n  month regionCode locked notSubmitted notVisited } }": typeof types.LockMonthDocument,
    "mutation CorrectMonthlyCheck($i: CorrectMonthlyCheckInput!) { r: correctMonthlyCheck(input: $i) { ...CheckRowResultFields } }": typeof types.CorrectMonthlyCheckDocument,
    "mutation EliminateRisk($id: ID!, $v: Int!) { r: eliminateRisk(householdId: $id, version: $v) { ok errors { field code message } } }": typeof types.EliminateRiskDocument,
    "query RiskEliminationCheck($id: ID!) {\n  c: riskEliminationCheck(householdId: $id) { condition label met message }\n  h: households(where: { id: { eq: $id } }, first: 1) { edges { node { id version riskStatus } } }\n}": typeof types.RiskEliminationCheckDocument,
    "query OpenReferrals($w: RiskReferralWhere, $n: Int) { r: riskReferrals(where: $w, first: $n) {\n  totalCount edges { node { id householdId householdCode headName category regionName month reasons createdAt } } } }": typeof types.OpenReferralsDocument,
    "subscription MonthlyCheckChanges($m: String!, $r: String, $since: String) {\n  monthlyChecksChanged(month: $m, regionCode: $r, since: $since) { id householdId version actor deleted cursor resync fields { field value } }\n}": typeof types.MonthlyCheckChangesDocument,
    "subscription Presence($ledger: String!, $clientId: String!) {\n  presence(ledger: $ledger, clientId: $clientId) { ledger total users { displayName townshipCode townshipName rowId since editingSince } }\n}": typeof types.PresenceDocument,
    "mutation SetPresenceEditing($ledger: String!, $clientId: String!, $rowId: ID) {\n  setPresenceEditing(ledger: $ledger, clientId: $clientId, rowId: $rowId)\n}": typeof types.SetPresenceEditingDocument,
    "query Overview($month: String!, $regionCode: String, $top: Int) {\n  overview(month: $month, regionCode: $regionCode, top: $top) {\n    month regionCode regionName asOf exitWindowEnd\n    townships { code name }\n    households { townshipCode category riskStatus households atRisk }\n    checks { townshipCode townshipName month households visited notVisited submitted locked atRisk rate }\n    assistance { townshipCode townshipName dibaoActive dibaoGradualExit dibaoSinglePerson gradualExitsEndingSoon\n      reliefMonthGrants reliefMonthAmount reliefYearGrants reliefYearAmount overduePaperwork tekunCentralised tekunDispersed }\n    gradualExits { count items { caseId householdId householdCode headName townshipCode townshipName kind exitStartDate exitEndDate noticeDate noticeRef daysLeft } }\n    overduePaperwork { count items { grantId householdId householdCode headName townshipCode townshipName type amount grantDate paperworkDue daysOverdue } }\n    reserveFunds { townshipCode townshipName opening topUps granted balance }\n  }\n}": typeof types.OverviewDocument,
    "query HouseholdIncomeByTownship($where: HouseholdWhere) {\n  householdsAggregate(where: $where, groupBy: [township]) {\n    truncated groups { keys { township townshipName } count memberCount { sum } incomePerCapita { sum avg min max } }\n  }\n}": typeof types.HouseholdIncomeByTownshipDocument,
    "fragment AssignmentDetailFields on Assignment { id status dueDate overdue escalated missingPeriods overduePeriods\n  rejectionCount version lastReportAt closedAt unit { code name kind }\n  measure { no title deadline deadlineText recurrence planId content group }\n  notice { text at actor } lastReport { period text at }\n  reports { id period text reporter at evidence { id fileName contentType size url } }\n  events { id kind at actor text fromStatus toStatus reportId } }": typeof types.AssignmentDetailFieldsFragmentDoc,
    "fragment BulletinItemFields on BulletinItem { assignmentId measureNo measureTitle status dueDate missingPeriods\n  overduePeriods rejectionCount closedAt }": typeof types.BulletinItemFieldsFragmentDoc,
    "query Plans { plans { id documentNumber title issuer issuedOn measures { no groupNo group title deadline deadlineText recurrence } } }": typeof types.PlansDocument,
    "query ResponsibleUnits { responsibleUnits { code name kind } }": typeof types.ResponsibleUnitsDocument,
    "query Assignments($w: AssignmentWhere, $a: String) { assignments(where: $w, first: 500, after: $a) {\n  edges { node { id status dueDate overdue escalated missingPeriods overduePeriods rejectionCount version lastReportAt closedAt\n    unit { code name kind } measure { no title deadline deadlineText recurrence planId }\n    notice { text at actor } lastReport { period text at } } }\n  pageInfo { hasNextPage endCursor } } }": typeof types.AssignmentsDocument,
    "query Assignment($id: ID!) { assignment(id: $id) { ...AssignmentDetailFields } }": typeof types.AssignmentDocument,
    "mutation ReportProgress($id: ID!, $v: Int!, $text: String!, $period: String, $evidenceIds: [ID!]) {\n  r: reportProgress(assignmentId: $id, version: $v, text: $text, period: $period, evidenceIds: $evidenceIds) { ...AssignmentDetailFields } }": typeof types.ReportProgressDocument,
    "mutation RequestClose($id: ID!, $v: Int!) { r: requestClose(assignmentId: $id, version: $v) { ...AssignmentDetailFields } }": typeof types.RequestCloseDocument,
    "mutation ApproveClose($id: ID!, $v: Int!) { r: approveClose(assignmentId: $id, version: $v) { ...AssignmentDetailFields } }": typeof types.ApproveCloseDocument,
    "mutation RejectClose($id: ID!, $v: Int!, $reason: String!) {\n  r: rejectClose(assignmentId: $id, version: $v, reason: $reason) { ...AssignmentDetailFields } }": typeof types.RejectCloseDocument,
    "mutation UrgeAssignment($id: ID!, $v: Int!, $urge: String) { r: urgeAssignment(assignmentId: $id, version: $v, text: $urge) { ...AssignmentDetailFields } }": typeof types.UrgeAssignmentDocument,
    "query Bulletin($m: String!, $p: ID) { bulletin(month: $m, planId: $p) { month asOf total openCount overdueCount escalatedCount closedCount\n  units { unit { code name kind } total openCount overdueCount escalatedCount closedCount overdue { ...BulletinItemFields }\n    escalated { ...BulletinItemFields } closed { ...BulletinItemFields } }\n  referrals { townshipCode townshipName opened active overdue closed } } }": typeof types.BulletinDocument,
    "fragment UserAccountFields on UserAccount {\n  id username displayName role regionCode unitCode phone disabled mustChangePassword version lastSeenAt\n}": typeof types.UserAccountFieldsFragmentDoc,
    "query Users($where: UserWhere, $first: Int, $after: String) {\n  users(where: $where, first: $first, after: $after) { edges { node { ...UserAccountFields } } pageInfo { hasNextPage endCursor } }\n}": typeof types.UsersDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { oneTimePassword user { ...UserAccountFields } } }": typeof types.CreateUserDocument,
    "mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { ...UserAccountFields } }": typeof types.UpdateUserDocument,
    "mutation DisableUser($id: ID!) { disableUser(id: $id) { ...UserAccountFields } }": typeof types.DisableUserDocument,
    "mutation EnableUser($id: ID!) { enableUser(id: $id) { ...UserAccountFields } }": typeof types.EnableUserDocument,
    "mutation ResetPassword($id: ID!) { resetPassword(id: $id) { oneTimePassword user { ...UserAccountFields } } }": typeof types.ResetPasswordDocument,
    "query MyChangeSets($n: Int!) { myChangeSets(first: $n) { id at undone summary } }": typeof types.MyChangeSetsDocument,
    "mutation UndoChangeSet($id: ID!) { r: undoChangeSet(id: $id) { ok applied conflicts { entityId field code message } } }": typeof types.UndoChangeSetDocument,
    "mutation RedoChangeSet($id: ID!) { r: redoChangeSet(id: $id) { ok applied conflicts { entityId field code message } } }": typeof types.RedoChangeSetDocument,
    "query ViewState($k: String!) { viewState(key: $k) }": typeof types.ViewStateDocument,
    "mutation SaveViewState($k: String!, $s: String!) { saveViewState(key: $k, state: $s) }": typeof types.SaveViewStateDocument,
};
const documents: Documents = {
    "query ChangesCursor { changesCursor }": types.ChangesCursorDocument,
    "fragment ApiTokenFields on ApiToken { id name scopes regionCode expiresAt revokedAt lastUsedAt createdBy createdAt\n  rateLimitPerMinute dailyQuota effectiveRateLimitPerMinute effectiveDailyQuota requestsToday }": types.ApiTokenFieldsFragmentDoc,
    "query ApiTokens { apiTokens { ...ApiTokenFields } }": types.ApiTokensDocument,
    "mutation CreateApiToken($name: String!, $scopes: [String!]!, $expiresAt: DateTimeISO!, $regionCode: String, $rate: Int, $quota: Int) {\n  createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt, regionCode: $regionCode, rateLimitPerMinute: $rate, dailyQuota: $quota) { token apiToken { ...ApiTokenFields } } }": types.CreateApiTokenDocument,
    "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ...ApiTokenFields } }": types.RevokeApiTokenDocument,
    "mutation UpdateApiTokenLimits($id: ID!, $rate: Int, $quota: Int) { updateApiTokenLimits(id: $id, rateLimitPerMinute: $rate, dailyQuota: $quota) { ...ApiTokenFields } }": types.UpdateApiTokenLimitsDocument,
    "query ApiTokenUsage($id: ID!, $from: String!, $to: String!) { apiTokenUsage(tokenId: $id, from: $from, to: $to) { day requests errors limited } }": types.ApiTokenUsageDocument,
    "fragment WebhookEndpointFields on WebhookEndpoint { id url description eventTypes regionCode active secretMasked version createdBy updatedAt }": types.WebhookEndpointFieldsFragmentDoc,
    "query WebhookEndpoints { webhookEndpoints { ...WebhookEndpointFields } }": types.WebhookEndpointsDocument,
    "mutation CreateWebhookEndpoint($input: WebhookEndpointCreateInput!) { createWebhookEndpoint(input: $input) { ...WebhookEndpointFields } }": types.CreateWebhookEndpointDocument,
    "mutation UpdateWebhookEndpoint($input: WebhookEndpointUpdateInput!) { updateWebhookEndpoint(input: $input) { ...WebhookEndpointFields } }": types.UpdateWebhookEndpointDocument,
    "mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }": types.DeleteWebhookEndpointDocument,
    "query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int!, $after: String) {\n  webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {\n    edges { node { id eventId eventType entityType entityId status attempts occurredAt nextAttemptAt lastStatusCode lastError deliveredAt\n      attemptLog { attempt at statusCode durationMs error } } }\n    pageInfo { hasNextPage endCursor } } }": types.WebhookDeliveriesDocument,
    "mutation ReplayWebhookDelivery($id: ID!) { replayWebhookDelivery(id: $id) { id status } }": types.ReplayWebhookDeliveryDocument,
    "mutation ReplayWebhookEvents($endpointId: ID!, $since: DateTimeISO!) { replayWebhookEvents(endpointId: $endpointId, since: $since) }": types.ReplayWebhookEventsDocument,
    "fragment ApplicationFields on Application { id kind householdId householdCode headName regionName townshipCode townshipName memberId\n  memberName dibaoKind idNumber applicantName appliedOn reasons statement stage dueDate overdue incomePerCapita noticeStart noticeEndDate\n  openObjections decidedOn decidedBy amount startMonth rejectReason dibaoCaseId tekunPersonId imported version }": types.ApplicationFieldsFragmentDoc,
    "fragment DibaoListFields on DibaoListRow { householdId householdCode headName idNumber regionName townshipName caseId checkMonth\n  incomePerCapita monthlyIncome area standard }": types.DibaoListFieldsFragmentDoc,
    "query Applications($w: ApplicationWhere, $a: String) { c: applications(where: $w, first: 500, after: $a) {\n  totalCount edges { node { ...ApplicationFields } } pageInfo { hasNextPage endCursor } } }": types.ApplicationsDocument,
    "query ApplicationDetail($id: ID!) { application(id: $id) { application { ...ApplicationFields }\n  steps { id step date people result incomePerCapita assetFlags dataSources passed noticeDays noticeEnd place createdBy }\n  objections { id receivedOn objector content answer answeredOn answeredBy }\n  timeline { date kind title detail actor files { id fileName url } } } }": types.ApplicationDetailDocument,
    "mutation CreateApplication($i: CreateApplicationInput!) { r: createApplication(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }": types.CreateApplicationDocument,
    "mutation RecordApplicationStep($i: RecordApplicationStepInput!) { r: recordApplicationStep(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }": types.RecordApplicationStepDocument,
    "mutation RecordApplicationObjection($i: RecordObjectionInput!) { r: recordApplicationObjection(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }": types.RecordApplicationObjectionDocument,
    "mutation AnswerApplicationObjection($i: AnswerObjectionInput!) { r: answerApplicationObjection(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }": types.AnswerApplicationObjectionDocument,
    "mutation DecideApplication($i: DecideApplicationInput!) { r: decideApplication(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }": types.DecideApplicationDocument,
    "query GradualExitCandidates($r: String) { l: gradualExitCandidates(regionCode: $r) { ...DibaoListFields } }": types.GradualExitCandidatesDocument,
    "query EpidemicUncovered($r: String) { l: epidemicUncovered(regionCode: $r) { ...DibaoListFields } }": types.EpidemicUncoveredDocument,
    "query FindHousehold($c: String!) { households(where: { code: { eq: $c } }, first: 1, maskPii: true) {\n  edges { node { id code headName regionCode townshipCode members { id name relation health disabilityGrade } } } } }": types.FindHouseholdDocument,
    "fragment DibaoCaseFields on DibaoCase { id householdId householdCode headName regionName townshipCode townshipName kind\n  memberName state startDate monthlyAmount incomePerCapita aboveLine exitStartDate noticeDate noticeRef noticeStatus exitEndDate\n  monthsLeft daysLeft endsWithin3Months endDate endReason version }": types.DibaoCaseFieldsFragmentDoc,
    "query DibaoCases($w: DibaoCaseWhere, $a: String) { c: dibaoCases(where: $w, first: 500, after: $a) {\n  edges { node { ...DibaoCaseFields } } pageInfo { hasNextPage endCursor } } }": types.DibaoCasesDocument,
    "mutation EnrolDibao($i: EnrolDibaoInput!) { r: enrolDibao(input: $i) { ok errors { field code message }\n  dibaoCase { ...DibaoCaseFields } } }": types.EnrolDibaoDocument,
    "mutation StartGradualExit($i: StartGradualExitInput!) { r: startGradualExit(input: $i) {\n  ok errors { field code message } dibaoCase { ...DibaoCaseFields } } }": types.StartGradualExitDocument,
    "mutation EndDibao($i: EndDibaoInput!) { r: endDibao(input: $i) { ok errors { field code message }\n  dibaoCase { ...DibaoCaseFields } } }": types.EndDibaoDocument,
    "fragment ReliefGrantFields on ReliefGrant { id householdCode recipientName townshipCode townshipName type amount cause\n  grantDate migrantWorkerCase caseByCase meetingRef assistFirst paperworkDue paperworkDoneAt paperworkOverdue daysOverdue\n  fromReserveFund version }": types.ReliefGrantFieldsFragmentDoc,
    "query ReliefGrants($w: ReliefGrantWhere, $a: String) { c: reliefGrants(where: $w, first: 500, after: $a) {\n  edges { node { ...ReliefGrantFields } } pageInfo { hasNextPage endCursor } } }": types.ReliefGrantsDocument,
    "mutation GrantRelief($i: GrantReliefInput!) { r: grantRelief(input: $i) { ok errors { field code message }\n  grant { ...ReliefGrantFields } } }": types.GrantReliefDocument,
    "mutation CompleteReliefPaperwork($id: ID!, $v: Int!) { r: completeReliefPaperwork(id: $id, version: $v) {\n  ok errors { field code message } grant { ...ReliefGrantFields } } }": types.CompleteReliefPaperworkDocument,
    "fragment ReserveFundFields on ReserveFund { townshipCode townshipName openingBalance toppedUp granted grantCount balance }": types.ReserveFundFieldsFragmentDoc,
    "query ReserveFunds($r: String) { reserveFunds(regionCode: $r) { ...ReserveFundFields } }": types.ReserveFundsDocument,
    "mutation TopUpReserveFund($t: String!, $a: Float!, $n: String) { r: topUpReserveFund(townshipCode: $t, amount: $a, note: $n) {\n  ok errors { field code message } fund { ...ReserveFundFields } } }": types.TopUpReserveFundDocument,
    "fragment TekunPersonFields on TekunPerson { id name age householdCode regionName townshipCode townshipName supportMode\n  careProviderOrg startDate state minorClause coverageEndDate latestResult latestStage version }": types.TekunPersonFieldsFragmentDoc,
    "fragment AssessmentFields on SelfCareAssessment { id personId personName result unmetCount assessorOrg stage assessedOn sampled\n  eating dressing bed toilet walking bathing }": types.AssessmentFieldsFragmentDoc,
    "fragment AssessmentBatchFields on AssessmentBatch { id townshipCode townshipName name state size requiredSampleSize sampleSize\n  finalCount spotCheckSeed spotCheckDrawnAt spotCheckDrawnBy version\n  items { sampled finalResult preliminary { ...AssessmentFields } final { ...AssessmentFields } } }": types.AssessmentBatchFieldsFragmentDoc,
    "query TekunPersons($w: TekunPersonWhere, $a: String) { c: tekunPersons(where: $w, first: 500, after: $a) {\n  edges { node { ...TekunPersonFields } } pageInfo { hasNextPage endCursor } } }": types.TekunPersonsDocument,
    "mutation EnrolTekun($i: EnrolTekunInput!) { r: enrolTekun(input: $i) { ok errors { field code message }\n  person { ...TekunPersonFields } } }": types.EnrolTekunDocument,
    "query AssessmentBatches($r: String) { assessmentBatches(regionCode: $r) { ...AssessmentBatchFields } }": types.AssessmentBatchesDocument,
    "mutation CreateAssessmentBatch($i: CreateAssessmentBatchInput!) { r: createAssessmentBatch(input: $i) {\n  ok errors { field code message } batch { ...AssessmentBatchFields } } }": types.CreateAssessmentBatchDocument,
    "mutation RecordSelfCareAssessment($i: SelfCareAssessmentInput!) { r: recordSelfCareAssessment(input: $i) {\n  ok result errors { field code message } assessment { ...AssessmentFields } } }": types.RecordSelfCareAssessmentDocument,
    "mutation DrawSpotCheck($b: ID!, $s: String!) { r: drawSpotCheck(batchId: $b, seed: $s) {\n  ok seed sampleSize errors { field code message } batch { ...AssessmentBatchFields } } }": types.DrawSpotCheckDocument,
    "mutation RecordFinalAssessment($i: FinalAssessmentInput!) { r: recordFinalAssessment(input: $i) {\n  ok result errors { field code message } assessment { ...AssessmentFields } } }": types.RecordFinalAssessmentDocument,
    "fragment UserFields on User { username displayName role regionCode unitCode scopes mustChangePassword }": types.UserFieldsFragmentDoc,
    "query Me { me { ...UserFields } }": types.MeDocument,
    "mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token user { ...UserFields } } }": types.LoginDocument,
    "mutation Logout { logout }": types.LogoutDocument,
    "mutation ChangePassword($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }": types.ChangePasswordDocument,
    "query ComparisonSetup { comparisonRules { rule label kinds description measure }\n  comparisonKinds { kind label agency columns { field label required } }\n  comparisonSources { id kind agency asOf via loadedBy loadedAt rowCount duplicateRows fileName superseded status progress matchedRows findingCount } }": types.ComparisonSetupDocument,
    "query ComparisonFindings($w: ComparisonFindingWhere, $a: String) { comparisonFindings(where: $w, first: 500, after: $a) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { id version rule ruleLabel sourceId kind agency rowNo personName idNumber householdId\n  householdCode townshipCode townshipName reason state raisedOn dueDate overdue action actionRef verifiedBy } } } }": types.ComparisonFindingsDocument,
    "query ComparisonFinding($id: ID!) { comparisonFinding(id: $id) { id version rule ruleLabel kind agency rowNo personName\n  idNumber householdCode townshipName reason state raisedOn dueDate overdue action actionRef note verifiedBy verifiedAt\n  sourceRow { field label value } ledger { householdId householdCode category regionName deleted memberId name idNumber relation disabilityGrade\n  memberCount dibao tekun } evidence { id fileName size url } } }": types.ComparisonFindingDocument,
    "query ComparisonSummary { comparisonSummary { townshipCode townshipName rule ruleLabel total open overdue confirmed rejected } }": types.ComparisonSummaryDocument,
    "mutation VerifyFinding($i: VerifyFindingInput!) { verifyFinding(input: $i) { ok errors { field code message } finding { id state version } } }": types.VerifyFindingDocument,
    "mutation RunComparison($id: ID!) { runComparison(sourceId: $id) { id status findingCount } }": types.RunComparisonDocument,
    "query ComparisonBulletin($m: String!) { bulletin(month: $m) { comparison { raised verified confirmed open overdue\n  rows { townshipCode townshipName rule ruleLabel total open overdue } } } }": types.ComparisonBulletinDocument,
    "fragment HouseholdFields on Household { id code category regionCode regionName townshipCode townshipName address\n  headName headIdNumber phone memberCount incomePerCapita riskTypes riskStatus helperName remarks version createdAt updatedAt\n  deletedAt }": types.HouseholdFieldsFragmentDoc,
    "fragment HouseholdRowResultFields on HouseholdRowResult { index id ok household { ...HouseholdFields }\n  errors { field code message } conflict { ...HouseholdFields } }": types.HouseholdRowResultFieldsFragmentDoc,
    "query Households($w: HouseholdWhere, $o: [HouseholdOrder!], $first: Int, $after: String, $offset: Int, $count: Boolean!) {\n  households(where: $w, orderBy: $o, first: $first, after: $after, offset: $offset, maskPii: true) {\n    totalCount @include(if: $count) totalCountKind @include(if: $count)\n    pageInfo { hasNextPage endCursor }\n    edges { node { ...HouseholdFields } }\n  }\n}": types.HouseholdsDocument,
    "mutation SaveHouseholds($u: [HouseholdUpdateInput!]!, $c: [HouseholdCreateInput!]!, $withU: Boolean!, $withC: Boolean!) {\n  u: updateHouseholds(input: $u) @include(if: $withU) { ...HouseholdRowResultFields }\n  c: createHouseholds(input: $c) @include(if: $withC) { ...HouseholdRowResultFields }\n}": types.SaveHouseholdsDocument,
    "mutation DeleteHouseholds($ids: [ID!]!) { r: deleteHouseholds(ids: $ids) { ...HouseholdRowResultFields } }": types.DeleteHouseholdsDocument,
    "mutation RestoreHouseholds($ids: [ID!]!) { r: restoreHouseholds(ids: $ids) { ...HouseholdRowResultFields } }": types.RestoreHouseholdsDocument,
    "subscription LedgerChanges($w: HouseholdWhere, $since: String) {\n  householdsChanged(where: $w, since: $since, maskPii: true) { id version actor deleted cursor resync fields { field value } }\n}": types.LedgerChangesDocument,
    "fragment LoopReferralFields on RiskReferral { id householdId householdCode headName category regionName month reasons state owner helper\n  dueDate overdue assistanceKind assistanceRef assistanceNote closeKind closeReason version }": types.LoopReferralFieldsFragmentDoc,
    "query LoopReferrals($w: RiskReferralWhere, $a: String) { riskReferrals(where: $w, first: 500, after: $a) {\n  totalCount edges { node { ...LoopReferralFields } } pageInfo { hasNextPage endCursor } } }": types.LoopReferralsDocument,
    "query ReferralBoard($r: String) { referralBoard(regionCode: $r) { townshipCode townshipName active open assigned assisting overdue } }": types.ReferralBoardDocument,
    "mutation AssignReferral($i: AssignReferralInput!) { r: assignReferral(input: $i) { ok errors { field code message } } }": types.AssignReferralDocument,
    "mutation StartReferral($i: StartReferralAssistanceInput!) { r: startReferralAssistance(input: $i) { ok errors { field code message } } }": types.StartReferralDocument,
    "mutation CloseReferral($i: CloseReferralInput!) { r: closeReferral(input: $i) { ok errors { field code message } } }": types.CloseReferralDocument,
    "fragment ReliefRequestFields on ReliefGrant { id householdCode recipientName recipientIdNumber townshipName type amount cause grantDate\n  caseByCase meetingRef approval decidedBy decidedOn decisionNote version }": types.ReliefRequestFieldsFragmentDoc,
    "query ReliefRequests($w: ReliefGrantWhere) { reliefGrants(where: $w, first: 500) { edges { node { ...ReliefRequestFields } } } }": types.ReliefRequestsDocument,
    "mutation DecideRelief($i: DecideReliefInput!) { r: decideReliefRequest(input: $i) { ok errors { field code message } } }": types.DecideReliefDocument,
    "query SubsidyRuns($r: String) { subsidyRuns(regionCode: $r) { id month title amountPerPerson groups note personCount totalAmount\n  countyPersonCount countyTotalAmount } }": types.SubsidyRunsDocument,
    "query SubsidyPayments($run: ID!, $r: String, $a: String) { subsidyPayments(runId: $run, regionCode: $r, first: 500, after: $a) {\n  totalCount totalAmount edges { node { id name idNumber householdCode townshipName regionName groups amount } } pageInfo { hasNextPage endCursor } } }": types.SubsidyPaymentsDocument,
    "mutation OpenSubsidyRun($i: OpenSubsidyRunInput!) { r: openSubsidyRun(input: $i) { ok errors { field code message } } }": types.OpenSubsidyRunDocument,
    "query CentralCareList($r: String, $a: Boolean) { centralCare(regionCode: $r, awaitingOnly: $a) { personId name idNumber age\n  townshipName regionName supportMode selfCare wish askedOn awaiting version } centralCareByTownship(regionCode: $r) { townshipCode townshipName\n  dispersedUnable notAsked wishing awaiting } }": types.CentralCareListDocument,
    "mutation RecordWish($i: CentralCareWishInput!) { r: recordCentralCareWish(input: $i) { ok errors { field code message } } }": types.RecordWishDocument,
    "mutation ChangeMode($i: ChangeSupportModeInput!) { r: changeSupportMode(input: $i) { ok errors { field code message } } }": types.ChangeModeDocument,
    "query CareAgreementList($r: String, $p: Boolean) { careAgreements(regionCode: $r, problemsOnly: $p) { personId name idNumber\n  townshipName regionName status agreementId carerKind carerName carerPhone startDate endDate signedOn duties agreementVersion } }": types.CareAgreementListDocument,
    "mutation SaveAgreement($i: CareAgreementInput!) { r: saveCareAgreement(input: $i) { ok errors { field code message } } }": types.SaveAgreementDocument,
    "query VisitScheduleList($r: String, $o: Boolean) { visitSchedule(regionCode: $r, overdueOnly: $o) { personId name idNumber age\n  townshipName regionName selfCare intervalDays lastVisit nextDue overdue daysOverdue } visitsByTownship(regionCode: $r) { townshipCode townshipName dispersed overdue } }": types.VisitScheduleListDocument,
    "mutation RecordVisit($i: CareVisitInput!) { r: recordCareVisit(input: $i) { ok errors { field code message } } }": types.RecordVisitDocument,
    "fragment MemberFields on Member { id householdId name idNumber gender birthDate relation phone health disabilityType\n  disabilityGrade laborAbility schooling version }": types.MemberFieldsFragmentDoc,
    "fragment MemberRowResultFields on MemberRowResult { index id ok member { ...MemberFields } household { ...HouseholdFields }\n  errors { field code message } conflict { ...MemberFields } }": types.MemberRowResultFieldsFragmentDoc,
    "query HouseholdWithMembers($w: HouseholdWhere) { households(where: $w, first: 1, maskPii: true) {\n  edges { node { ...HouseholdFields members { ...MemberFields } } } } }": types.HouseholdWithMembersDocument,
    "mutation SaveMembers($u: [MemberUpdateInput!]!, $c: [MemberAddInput!]!, $withU: Boolean!, $withC: Boolean!) {\n  u: updateMembers(input: $u) @include(if: $withU) { ...MemberRowResultFields }\n  c: addMembers(input: $c) @include(if: $withC) { ...MemberRowResultFields }\n}": types.SaveMembersDocument,
    "mutation RemoveMembers($i: [MemberRemoveInput!]!) { r: removeMembers(input: $i) { ...MemberRowResultFields } }": types.RemoveMembersDocument,
    "mutation SetHouseholdHead($h: ID!, $v: Int!, $m: ID!) { r: setHouseholdHead(householdId: $h, version: $v, memberId: $m) {\n  ok household { ...HouseholdFields } errors { field code message } conflict { ...HouseholdFields } } }": types.SetHouseholdHeadDocument,
    "query RevealHousehold($id: ID!) { revealHousehold(id: $id) { headIdNumber phone\n  members { id idNumber phone birthDate health disabilityType disabilityGrade } } }": types.RevealHouseholdDocument,
    "query HouseholdAuditEvents($id: ID!, $n: Int) { auditEvents(where: { householdId: $id }, first: $n) {\n  edges { node { id at actor action entityType entityId field before after step } } } }": types.HouseholdAuditEventsDocument,
    "subscription MemberChanges($h: ID, $since: String) {\n  membersChanged(householdId: $h, since: $since) { id version actor deleted cursor resync fields { field value } }\n}": types.MemberChangesDocument,
    "fragment CheckRowFields on MonthlyCheckRow { householdId householdCode headName category regionCode regionName checkId\n  month visitDate visitor incomeWages incomeBusiness incomeProperty incomeTransfer incomeTotal spendingMedical spendingSchooling\n  foodOk clothingOk schoolingOk medicalInsuranceOk housingGrade waterOk riskFound riskTypes measures remarks atRisk state version }": types.CheckRowFieldsFragmentDoc,
    "fragment CheckRowResultFields on MonthlyCheckRowResult { ok row { ...CheckRowFields } errors { field code message }\n  conflict { ...CheckRowFields } }": types.CheckRowResultFieldsFragmentDoc,
    "query MonthlyChecks($w: MonthlyCheckWhere!, $first: Int, $after: String, $count: Boolean!) {\n  monthlyChecks(where: $w, first: $first, after: $after) {\n    totalCount @include(if: $count)\n    pageInfo { hasNextPage endCursor }\n    edges { node { ...CheckRowFields } }\n  }\n}": types.MonthlyChecksDocument,
    "mutation SaveMonthlyChecks($rows: [MonthlyCheckInput!]!) { r: saveMonthlyChecks(rows: $rows) { ...CheckRowResultFields } }": types.SaveMonthlyChecksDocument,
    "query MonthlyCheckCompletion($m: String!, $r: String) { monthlyCheckCompletion(month: $m, regionCode: $r) {\n  townshipCode townshipName households visited submitted locked atRisk rate } }": types.MonthlyCheckCompletionDocument,
    "mutation SubmitMonthlyChecks($r: String!, $m: String!, $ids: [ID!]) {\n  r: submitMonthlyChecks(regionCode: $r, month: $m, householdIds: $ids) { householdId ...CheckRowResultFields } }": types.SubmitMonthlyChecksDocument,
    "mutation LockMonth($r: String!, $m: String!) { r: lockMonth(regionCode: $r, month: $m) {\n  month regionCode locked notSubmitted notVisited } }": types.LockMonthDocument,
    "mutation CorrectMonthlyCheck($i: CorrectMonthlyCheckInput!) { r: correctMonthlyCheck(input: $i) { ...CheckRowResultFields } }": types.CorrectMonthlyCheckDocument,
    "mutation EliminateRisk($id: ID!, $v: Int!) { r: eliminateRisk(householdId: $id, version: $v) { ok errors { field code message } } }": types.EliminateRiskDocument,
    "query RiskEliminationCheck($id: ID!) {\n  c: riskEliminationCheck(householdId: $id) { condition label met message }\n  h: households(where: { id: { eq: $id } }, first: 1) { edges { node { id version riskStatus } } }\n}": types.RiskEliminationCheckDocument,
    "query OpenReferrals($w: RiskReferralWhere, $n: Int) { r: riskReferrals(where: $w, first: $n) {\n  totalCount edges { node { id householdId householdCode headName category regionName month reasons createdAt } } } }": types.OpenReferralsDocument,
    "subscription MonthlyCheckChanges($m: String!, $r: String, $since: String) {\n  monthlyChecksChanged(month: $m, regionCode: $r, since: $since) { id householdId version actor deleted cursor resync fields { field value } }\n}": types.MonthlyCheckChangesDocument,
    "subscription Presence($ledger: String!, $clientId: String!) {\n  presence(ledger: $ledger, clientId: $clientId) { ledger total users { displayName townshipCode townshipName rowId since editingSince } }\n}": types.PresenceDocument,
    "mutation SetPresenceEditing($ledger: String!, $clientId: String!, $rowId: ID) {\n  setPresenceEditing(ledger: $ledger, clientId: $clientId, rowId: $rowId)\n}": types.SetPresenceEditingDocument,
    "query Overview($month: String!, $regionCode: String, $top: Int) {\n  overview(month: $month, regionCode: $regionCode, top: $top) {\n    month regionCode regionName asOf exitWindowEnd\n    townships { code name }\n    households { townshipCode category riskStatus households atRisk }\n    checks { townshipCode townshipName month households visited notVisited submitted locked atRisk rate }\n    assistance { townshipCode townshipName dibaoActive dibaoGradualExit dibaoSinglePerson gradualExitsEndingSoon\n      reliefMonthGrants reliefMonthAmount reliefYearGrants reliefYearAmount overduePaperwork tekunCentralised tekunDispersed }\n    gradualExits { count items { caseId householdId householdCode headName townshipCode townshipName kind exitStartDate exitEndDate noticeDate noticeRef daysLeft } }\n    overduePaperwork { count items { grantId householdId householdCode headName townshipCode townshipName type amount grantDate paperworkDue daysOverdue } }\n    reserveFunds { townshipCode townshipName opening topUps granted balance }\n  }\n}": types.OverviewDocument,
    "query HouseholdIncomeByTownship($where: HouseholdWhere) {\n  householdsAggregate(where: $where, groupBy: [township]) {\n    truncated groups { keys { township townshipName } count memberCount { sum } incomePerCapita { sum avg min max } }\n  }\n}": types.HouseholdIncomeByTownshipDocument,
    "fragment AssignmentDetailFields on Assignment { id status dueDate overdue escalated missingPeriods overduePeriods\n  rejectionCount version lastReportAt closedAt unit { code name kind }\n  measure { no title deadline deadlineText recurrence planId content group }\n  notice { text at actor } lastReport { period text at }\n  reports { id period text reporter at evidence { id fileName contentType size url } }\n  events { id kind at actor text fromStatus toStatus reportId } }": types.AssignmentDetailFieldsFragmentDoc,
    "fragment BulletinItemFields on BulletinItem { assignmentId measureNo measureTitle status dueDate missingPeriods\n  overduePeriods rejectionCount closedAt }": types.BulletinItemFieldsFragmentDoc,
    "query Plans { plans { id documentNumber title issuer issuedOn measures { no groupNo group title deadline deadlineText recurrence } } }": types.PlansDocument,
    "query ResponsibleUnits { responsibleUnits { code name kind } }": types.ResponsibleUnitsDocument,
    "query Assignments($w: AssignmentWhere, $a: String) { assignments(where: $w, first: 500, after: $a) {\n  edges { node { id status dueDate overdue escalated missingPeriods overduePeriods rejectionCount version lastReportAt closedAt\n    unit { code name kind } measure { no title deadline deadlineText recurrence planId }\n    notice { text at actor } lastReport { period text at } } }\n  pageInfo { hasNextPage endCursor } } }": types.AssignmentsDocument,
    "query Assignment($id: ID!) { assignment(id: $id) { ...AssignmentDetailFields } }": types.AssignmentDocument,
    "mutation ReportProgress($id: ID!, $v: Int!, $text: String!, $period: String, $evidenceIds: [ID!]) {\n  r: reportProgress(assignmentId: $id, version: $v, text: $text, period: $period, evidenceIds: $evidenceIds) { ...AssignmentDetailFields } }": types.ReportProgressDocument,
    "mutation RequestClose($id: ID!, $v: Int!) { r: requestClose(assignmentId: $id, version: $v) { ...AssignmentDetailFields } }": types.RequestCloseDocument,
    "mutation ApproveClose($id: ID!, $v: Int!) { r: approveClose(assignmentId: $id, version: $v) { ...AssignmentDetailFields } }": types.ApproveCloseDocument,
    "mutation RejectClose($id: ID!, $v: Int!, $reason: String!) {\n  r: rejectClose(assignmentId: $id, version: $v, reason: $reason) { ...AssignmentDetailFields } }": types.RejectCloseDocument,
    "mutation UrgeAssignment($id: ID!, $v: Int!, $urge: String) { r: urgeAssignment(assignmentId: $id, version: $v, text: $urge) { ...AssignmentDetailFields } }": types.UrgeAssignmentDocument,
    "query Bulletin($m: String!, $p: ID) { bulletin(month: $m, planId: $p) { month asOf total openCount overdueCount escalatedCount closedCount\n  units { unit { code name kind } total openCount overdueCount escalatedCount closedCount overdue { ...BulletinItemFields }\n    escalated { ...BulletinItemFields } closed { ...BulletinItemFields } }\n  referrals { townshipCode townshipName opened active overdue closed } } }": types.BulletinDocument,
    "fragment UserAccountFields on UserAccount {\n  id username displayName role regionCode unitCode phone disabled mustChangePassword version lastSeenAt\n}": types.UserAccountFieldsFragmentDoc,
    "query Users($where: UserWhere, $first: Int, $after: String) {\n  users(where: $where, first: $first, after: $after) { edges { node { ...UserAccountFields } } pageInfo { hasNextPage endCursor } }\n}": types.UsersDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { oneTimePassword user { ...UserAccountFields } } }": types.CreateUserDocument,
    "mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { ...UserAccountFields } }": types.UpdateUserDocument,
    "mutation DisableUser($id: ID!) { disableUser(id: $id) { ...UserAccountFields } }": types.DisableUserDocument,
    "mutation EnableUser($id: ID!) { enableUser(id: $id) { ...UserAccountFields } }": types.EnableUserDocument,
    "mutation ResetPassword($id: ID!) { resetPassword(id: $id) { oneTimePassword user { ...UserAccountFields } } }": types.ResetPasswordDocument,
    "query MyChangeSets($n: Int!) { myChangeSets(first: $n) { id at undone summary } }": types.MyChangeSetsDocument,
    "mutation UndoChangeSet($id: ID!) { r: undoChangeSet(id: $id) { ok applied conflicts { entityId field code message } } }": types.UndoChangeSetDocument,
    "mutation RedoChangeSet($id: ID!) { r: redoChangeSet(id: $id) { ok applied conflicts { entityId field code message } } }": types.RedoChangeSetDocument,
    "query ViewState($k: String!) { viewState(key: $k) }": types.ViewStateDocument,
    "mutation SaveViewState($k: String!, $s: String!) { saveViewState(key: $k, state: $s) }": types.SaveViewStateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangesCursor { changesCursor }"): typeof import('./graphql').ChangesCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApiTokenFields on ApiToken { id name scopes regionCode expiresAt revokedAt lastUsedAt createdBy createdAt\n  rateLimitPerMinute dailyQuota effectiveRateLimitPerMinute effectiveDailyQuota requestsToday }"): typeof import('./graphql').ApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokens { apiTokens { ...ApiTokenFields } }"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApiToken($name: String!, $scopes: [String!]!, $expiresAt: DateTimeISO!, $regionCode: String, $rate: Int, $quota: Int) {\n  createApiToken(name: $name, scopes: $scopes, expiresAt: $expiresAt, regionCode: $regionCode, rateLimitPerMinute: $rate, dailyQuota: $quota) { token apiToken { ...ApiTokenFields } } }"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ...ApiTokenFields } }"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateApiTokenLimits($id: ID!, $rate: Int, $quota: Int) { updateApiTokenLimits(id: $id, rateLimitPerMinute: $rate, dailyQuota: $quota) { ...ApiTokenFields } }"): typeof import('./graphql').UpdateApiTokenLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiTokenUsage($id: ID!, $from: String!, $to: String!) { apiTokenUsage(tokenId: $id, from: $from, to: $to) { day requests errors limited } }"): typeof import('./graphql').ApiTokenUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookEndpointFields on WebhookEndpoint { id url description eventTypes regionCode active secretMasked version createdBy updatedAt }"): typeof import('./graphql').WebhookEndpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookEndpoints { webhookEndpoints { ...WebhookEndpointFields } }"): typeof import('./graphql').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWebhookEndpoint($input: WebhookEndpointCreateInput!) { createWebhookEndpoint(input: $input) { ...WebhookEndpointFields } }"): typeof import('./graphql').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWebhookEndpoint($input: WebhookEndpointUpdateInput!) { updateWebhookEndpoint(input: $input) { ...WebhookEndpointFields } }"): typeof import('./graphql').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }"): typeof import('./graphql').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int!, $after: String) {\n  webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {\n    edges { node { id eventId eventType entityType entityId status attempts occurredAt nextAttemptAt lastStatusCode lastError deliveredAt\n      attemptLog { attempt at statusCode durationMs error } } }\n    pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplayWebhookDelivery($id: ID!) { replayWebhookDelivery(id: $id) { id status } }"): typeof import('./graphql').ReplayWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplayWebhookEvents($endpointId: ID!, $since: DateTimeISO!) { replayWebhookEvents(endpointId: $endpointId, since: $since) }"): typeof import('./graphql').ReplayWebhookEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApplicationFields on Application { id kind householdId householdCode headName regionName townshipCode townshipName memberId\n  memberName dibaoKind idNumber applicantName appliedOn reasons statement stage dueDate overdue incomePerCapita noticeStart noticeEndDate\n  openObjections decidedOn decidedBy amount startMonth rejectReason dibaoCaseId tekunPersonId imported version }"): typeof import('./graphql').ApplicationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DibaoListFields on DibaoListRow { householdId householdCode headName idNumber regionName townshipName caseId checkMonth\n  incomePerCapita monthlyIncome area standard }"): typeof import('./graphql').DibaoListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Applications($w: ApplicationWhere, $a: String) { c: applications(where: $w, first: 500, after: $a) {\n  totalCount edges { node { ...ApplicationFields } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApplicationDetail($id: ID!) { application(id: $id) { application { ...ApplicationFields }\n  steps { id step date people result incomePerCapita assetFlags dataSources passed noticeDays noticeEnd place createdBy }\n  objections { id receivedOn objector content answer answeredOn answeredBy }\n  timeline { date kind title detail actor files { id fileName url } } } }"): typeof import('./graphql').ApplicationDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateApplication($i: CreateApplicationInput!) { r: createApplication(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }"): typeof import('./graphql').CreateApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordApplicationStep($i: RecordApplicationStepInput!) { r: recordApplicationStep(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }"): typeof import('./graphql').RecordApplicationStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordApplicationObjection($i: RecordObjectionInput!) { r: recordApplicationObjection(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }"): typeof import('./graphql').RecordApplicationObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerApplicationObjection($i: AnswerObjectionInput!) { r: answerApplicationObjection(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }"): typeof import('./graphql').AnswerApplicationObjectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideApplication($i: DecideApplicationInput!) { r: decideApplication(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }"): typeof import('./graphql').DecideApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GradualExitCandidates($r: String) { l: gradualExitCandidates(regionCode: $r) { ...DibaoListFields } }"): typeof import('./graphql').GradualExitCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EpidemicUncovered($r: String) { l: epidemicUncovered(regionCode: $r) { ...DibaoListFields } }"): typeof import('./graphql').EpidemicUncoveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FindHousehold($c: String!) { households(where: { code: { eq: $c } }, first: 1, maskPii: true) {\n  edges { node { id code headName regionCode townshipCode members { id name relation health disabilityGrade } } } } }"): typeof import('./graphql').FindHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DibaoCaseFields on DibaoCase { id householdId householdCode headName regionName townshipCode townshipName kind\n  memberName state startDate monthlyAmount incomePerCapita aboveLine exitStartDate noticeDate noticeRef noticeStatus exitEndDate\n  monthsLeft daysLeft endsWithin3Months endDate endReason version }"): typeof import('./graphql').DibaoCaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DibaoCases($w: DibaoCaseWhere, $a: String) { c: dibaoCases(where: $w, first: 500, after: $a) {\n  edges { node { ...DibaoCaseFields } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').DibaoCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnrolDibao($i: EnrolDibaoInput!) { r: enrolDibao(input: $i) { ok errors { field code message }\n  dibaoCase { ...DibaoCaseFields } } }"): typeof import('./graphql').EnrolDibaoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartGradualExit($i: StartGradualExitInput!) { r: startGradualExit(input: $i) {\n  ok errors { field code message } dibaoCase { ...DibaoCaseFields } } }"): typeof import('./graphql').StartGradualExitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndDibao($i: EndDibaoInput!) { r: endDibao(input: $i) { ok errors { field code message }\n  dibaoCase { ...DibaoCaseFields } } }"): typeof import('./graphql').EndDibaoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReliefGrantFields on ReliefGrant { id householdCode recipientName townshipCode townshipName type amount cause\n  grantDate migrantWorkerCase caseByCase meetingRef assistFirst paperworkDue paperworkDoneAt paperworkOverdue daysOverdue\n  fromReserveFund version }"): typeof import('./graphql').ReliefGrantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReliefGrants($w: ReliefGrantWhere, $a: String) { c: reliefGrants(where: $w, first: 500, after: $a) {\n  edges { node { ...ReliefGrantFields } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ReliefGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantRelief($i: GrantReliefInput!) { r: grantRelief(input: $i) { ok errors { field code message }\n  grant { ...ReliefGrantFields } } }"): typeof import('./graphql').GrantReliefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteReliefPaperwork($id: ID!, $v: Int!) { r: completeReliefPaperwork(id: $id, version: $v) {\n  ok errors { field code message } grant { ...ReliefGrantFields } } }"): typeof import('./graphql').CompleteReliefPaperworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReserveFundFields on ReserveFund { townshipCode townshipName openingBalance toppedUp granted grantCount balance }"): typeof import('./graphql').ReserveFundFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReserveFunds($r: String) { reserveFunds(regionCode: $r) { ...ReserveFundFields } }"): typeof import('./graphql').ReserveFundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TopUpReserveFund($t: String!, $a: Float!, $n: String) { r: topUpReserveFund(townshipCode: $t, amount: $a, note: $n) {\n  ok errors { field code message } fund { ...ReserveFundFields } } }"): typeof import('./graphql').TopUpReserveFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TekunPersonFields on TekunPerson { id name age householdCode regionName townshipCode townshipName supportMode\n  careProviderOrg startDate state minorClause coverageEndDate latestResult latestStage version }"): typeof import('./graphql').TekunPersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AssessmentFields on SelfCareAssessment { id personId personName result unmetCount assessorOrg stage assessedOn sampled\n  eating dressing bed toilet walking bathing }"): typeof import('./graphql').AssessmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AssessmentBatchFields on AssessmentBatch { id townshipCode townshipName name state size requiredSampleSize sampleSize\n  finalCount spotCheckSeed spotCheckDrawnAt spotCheckDrawnBy version\n  items { sampled finalResult preliminary { ...AssessmentFields } final { ...AssessmentFields } } }"): typeof import('./graphql').AssessmentBatchFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TekunPersons($w: TekunPersonWhere, $a: String) { c: tekunPersons(where: $w, first: 500, after: $a) {\n  edges { node { ...TekunPersonFields } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').TekunPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnrolTekun($i: EnrolTekunInput!) { r: enrolTekun(input: $i) { ok errors { field code message }\n  person { ...TekunPersonFields } } }"): typeof import('./graphql').EnrolTekunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentBatches($r: String) { assessmentBatches(regionCode: $r) { ...AssessmentBatchFields } }"): typeof import('./graphql').AssessmentBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAssessmentBatch($i: CreateAssessmentBatchInput!) { r: createAssessmentBatch(input: $i) {\n  ok errors { field code message } batch { ...AssessmentBatchFields } } }"): typeof import('./graphql').CreateAssessmentBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSelfCareAssessment($i: SelfCareAssessmentInput!) { r: recordSelfCareAssessment(input: $i) {\n  ok result errors { field code message } assessment { ...AssessmentFields } } }"): typeof import('./graphql').RecordSelfCareAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DrawSpotCheck($b: ID!, $s: String!) { r: drawSpotCheck(batchId: $b, seed: $s) {\n  ok seed sampleSize errors { field code message } batch { ...AssessmentBatchFields } } }"): typeof import('./graphql').DrawSpotCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordFinalAssessment($i: FinalAssessmentInput!) { r: recordFinalAssessment(input: $i) {\n  ok result errors { field code message } assessment { ...AssessmentFields } } }"): typeof import('./graphql').RecordFinalAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserFields on User { username displayName role regionCode unitCode scopes mustChangePassword }"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { ...UserFields } }"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token user { ...UserFields } } }"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonSetup { comparisonRules { rule label kinds description measure }\n  comparisonKinds { kind label agency columns { field label required } }\n  comparisonSources { id kind agency asOf via loadedBy loadedAt rowCount duplicateRows fileName superseded status progress matchedRows findingCount } }"): typeof import('./graphql').ComparisonSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonFindings($w: ComparisonFindingWhere, $a: String) { comparisonFindings(where: $w, first: 500, after: $a) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { id version rule ruleLabel sourceId kind agency rowNo personName idNumber householdId\n  householdCode townshipCode townshipName reason state raisedOn dueDate overdue action actionRef verifiedBy } } } }"): typeof import('./graphql').ComparisonFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonFinding($id: ID!) { comparisonFinding(id: $id) { id version rule ruleLabel kind agency rowNo personName\n  idNumber householdCode townshipName reason state raisedOn dueDate overdue action actionRef note verifiedBy verifiedAt\n  sourceRow { field label value } ledger { householdId householdCode category regionName deleted memberId name idNumber relation disabilityGrade\n  memberCount dibao tekun } evidence { id fileName size url } } }"): typeof import('./graphql').ComparisonFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonSummary { comparisonSummary { townshipCode townshipName rule ruleLabel total open overdue confirmed rejected } }"): typeof import('./graphql').ComparisonSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyFinding($i: VerifyFindingInput!) { verifyFinding(input: $i) { ok errors { field code message } finding { id state version } } }"): typeof import('./graphql').VerifyFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunComparison($id: ID!) { runComparison(sourceId: $id) { id status findingCount } }"): typeof import('./graphql').RunComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonBulletin($m: String!) { bulletin(month: $m) { comparison { raised verified confirmed open overdue\n  rows { townshipCode townshipName rule ruleLabel total open overdue } } } }"): typeof import('./graphql').ComparisonBulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HouseholdFields on Household { id code category regionCode regionName townshipCode townshipName address\n  headName headIdNumber phone memberCount incomePerCapita riskTypes riskStatus helperName remarks version createdAt updatedAt\n  deletedAt }"): typeof import('./graphql').HouseholdFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HouseholdRowResultFields on HouseholdRowResult { index id ok household { ...HouseholdFields }\n  errors { field code message } conflict { ...HouseholdFields } }"): typeof import('./graphql').HouseholdRowResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Households($w: HouseholdWhere, $o: [HouseholdOrder!], $first: Int, $after: String, $offset: Int, $count: Boolean!) {\n  households(where: $w, orderBy: $o, first: $first, after: $after, offset: $offset, maskPii: true) {\n    totalCount @include(if: $count) totalCountKind @include(if: $count)\n    pageInfo { hasNextPage endCursor }\n    edges { node { ...HouseholdFields } }\n  }\n}"): typeof import('./graphql').HouseholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveHouseholds($u: [HouseholdUpdateInput!]!, $c: [HouseholdCreateInput!]!, $withU: Boolean!, $withC: Boolean!) {\n  u: updateHouseholds(input: $u) @include(if: $withU) { ...HouseholdRowResultFields }\n  c: createHouseholds(input: $c) @include(if: $withC) { ...HouseholdRowResultFields }\n}"): typeof import('./graphql').SaveHouseholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteHouseholds($ids: [ID!]!) { r: deleteHouseholds(ids: $ids) { ...HouseholdRowResultFields } }"): typeof import('./graphql').DeleteHouseholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestoreHouseholds($ids: [ID!]!) { r: restoreHouseholds(ids: $ids) { ...HouseholdRowResultFields } }"): typeof import('./graphql').RestoreHouseholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LedgerChanges($w: HouseholdWhere, $since: String) {\n  householdsChanged(where: $w, since: $since, maskPii: true) { id version actor deleted cursor resync fields { field value } }\n}"): typeof import('./graphql').LedgerChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LoopReferralFields on RiskReferral { id householdId householdCode headName category regionName month reasons state owner helper\n  dueDate overdue assistanceKind assistanceRef assistanceNote closeKind closeReason version }"): typeof import('./graphql').LoopReferralFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoopReferrals($w: RiskReferralWhere, $a: String) { riskReferrals(where: $w, first: 500, after: $a) {\n  totalCount edges { node { ...LoopReferralFields } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').LoopReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferralBoard($r: String) { referralBoard(regionCode: $r) { townshipCode townshipName active open assigned assisting overdue } }"): typeof import('./graphql').ReferralBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignReferral($i: AssignReferralInput!) { r: assignReferral(input: $i) { ok errors { field code message } } }"): typeof import('./graphql').AssignReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartReferral($i: StartReferralAssistanceInput!) { r: startReferralAssistance(input: $i) { ok errors { field code message } } }"): typeof import('./graphql').StartReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseReferral($i: CloseReferralInput!) { r: closeReferral(input: $i) { ok errors { field code message } } }"): typeof import('./graphql').CloseReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReliefRequestFields on ReliefGrant { id householdCode recipientName recipientIdNumber townshipName type amount cause grantDate\n  caseByCase meetingRef approval decidedBy decidedOn decisionNote version }"): typeof import('./graphql').ReliefRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReliefRequests($w: ReliefGrantWhere) { reliefGrants(where: $w, first: 500) { edges { node { ...ReliefRequestFields } } } }"): typeof import('./graphql').ReliefRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideRelief($i: DecideReliefInput!) { r: decideReliefRequest(input: $i) { ok errors { field code message } } }"): typeof import('./graphql').DecideReliefDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubsidyRuns($r: String) { subsidyRuns(regionCode: $r) { id month title amountPerPerson groups note personCount totalAmount\n  countyPersonCount countyTotalAmount } }"): typeof import('./graphql').SubsidyRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubsidyPayments($run: ID!, $r: String, $a: String) { subsidyPayments(runId: $run, regionCode: $r, first: 500, after: $a) {\n  totalCount totalAmount edges { node { id name idNumber householdCode townshipName regionName groups amount } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').SubsidyPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenSubsidyRun($i: OpenSubsidyRunInput!) { r: openSubsidyRun(input: $i) { ok errors { field code message } } }"): typeof import('./graphql').OpenSubsidyRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CentralCareList($r: String, $a: Boolean) { centralCare(regionCode: $r, awaitingOnly: $a) { personId name idNumber age\n  townshipName regionName supportMode selfCare wish askedOn awaiting version } centralCareByTownship(regionCode: $r) { townshipCode townshipName\n  dispersedUnable notAsked wishing awaiting } }"): typeof import('./graphql').CentralCareListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordWish($i: CentralCareWishInput!) { r: recordCentralCareWish(input: $i) { ok errors { field code message } } }"): typeof import('./graphql').RecordWishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeMode($i: ChangeSupportModeInput!) { r: changeSupportMode(input: $i) { ok errors { field code message } } }"): typeof import('./graphql').ChangeModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareAgreementList($r: String, $p: Boolean) { careAgreements(regionCode: $r, problemsOnly: $p) { personId name idNumber\n  townshipName regionName status agreementId carerKind carerName carerPhone startDate endDate signedOn duties agreementVersion } }"): typeof import('./graphql').CareAgreementListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveAgreement($i: CareAgreementInput!) { r: saveCareAgreement(input: $i) { ok errors { field code message } } }"): typeof import('./graphql').SaveAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisitScheduleList($r: String, $o: Boolean) { visitSchedule(regionCode: $r, overdueOnly: $o) { personId name idNumber age\n  townshipName regionName selfCare intervalDays lastVisit nextDue overdue daysOverdue } visitsByTownship(regionCode: $r) { townshipCode townshipName dispersed overdue } }"): typeof import('./graphql').VisitScheduleListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordVisit($i: CareVisitInput!) { r: recordCareVisit(input: $i) { ok errors { field code message } } }"): typeof import('./graphql').RecordVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MemberFields on Member { id householdId name idNumber gender birthDate relation phone health disabilityType\n  disabilityGrade laborAbility schooling version }"): typeof import('./graphql').MemberFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MemberRowResultFields on MemberRowResult { index id ok member { ...MemberFields } household { ...HouseholdFields }\n  errors { field code message } conflict { ...MemberFields } }"): typeof import('./graphql').MemberRowResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdWithMembers($w: HouseholdWhere) { households(where: $w, first: 1, maskPii: true) {\n  edges { node { ...HouseholdFields members { ...MemberFields } } } } }"): typeof import('./graphql').HouseholdWithMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveMembers($u: [MemberUpdateInput!]!, $c: [MemberAddInput!]!, $withU: Boolean!, $withC: Boolean!) {\n  u: updateMembers(input: $u) @include(if: $withU) { ...MemberRowResultFields }\n  c: addMembers(input: $c) @include(if: $withC) { ...MemberRowResultFields }\n}"): typeof import('./graphql').SaveMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveMembers($i: [MemberRemoveInput!]!) { r: removeMembers(input: $i) { ...MemberRowResultFields } }"): typeof import('./graphql').RemoveMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetHouseholdHead($h: ID!, $v: Int!, $m: ID!) { r: setHouseholdHead(householdId: $h, version: $v, memberId: $m) {\n  ok household { ...HouseholdFields } errors { field code message } conflict { ...HouseholdFields } } }"): typeof import('./graphql').SetHouseholdHeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevealHousehold($id: ID!) { revealHousehold(id: $id) { headIdNumber phone\n  members { id idNumber phone birthDate health disabilityType disabilityGrade } } }"): typeof import('./graphql').RevealHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdAuditEvents($id: ID!, $n: Int) { auditEvents(where: { householdId: $id }, first: $n) {\n  edges { node { id at actor action entityType entityId field before after step } } } }"): typeof import('./graphql').HouseholdAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MemberChanges($h: ID, $since: String) {\n  membersChanged(householdId: $h, since: $since) { id version actor deleted cursor resync fields { field value } }\n}"): typeof import('./graphql').MemberChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckRowFields on MonthlyCheckRow { householdId householdCode headName category regionCode regionName checkId\n  month visitDate visitor incomeWages incomeBusiness incomeProperty incomeTransfer incomeTotal spendingMedical spendingSchooling\n  foodOk clothingOk schoolingOk medicalInsuranceOk housingGrade waterOk riskFound riskTypes measures remarks atRisk state version }"): typeof import('./graphql').CheckRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CheckRowResultFields on MonthlyCheckRowResult { ok row { ...CheckRowFields } errors { field code message }\n  conflict { ...CheckRowFields } }"): typeof import('./graphql').CheckRowResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonthlyChecks($w: MonthlyCheckWhere!, $first: Int, $after: String, $count: Boolean!) {\n  monthlyChecks(where: $w, first: $first, after: $after) {\n    totalCount @include(if: $count)\n    pageInfo { hasNextPage endCursor }\n    edges { node { ...CheckRowFields } }\n  }\n}"): typeof import('./graphql').MonthlyChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveMonthlyChecks($rows: [MonthlyCheckInput!]!) { r: saveMonthlyChecks(rows: $rows) { ...CheckRowResultFields } }"): typeof import('./graphql').SaveMonthlyChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonthlyCheckCompletion($m: String!, $r: String) { monthlyCheckCompletion(month: $m, regionCode: $r) {\n  townshipCode townshipName households visited submitted locked atRisk rate } }"): typeof import('./graphql').MonthlyCheckCompletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitMonthlyChecks($r: String!, $m: String!, $ids: [ID!]) {\n  r: submitMonthlyChecks(regionCode: $r, month: $m, householdIds: $ids) { householdId ...CheckRowResultFields } }"): typeof import('./graphql').SubmitMonthlyChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LockMonth($r: String!, $m: String!) { r: lockMonth(regionCode: $r, month: $m) {\n  month regionCode locked notSubmitted notVisited } }"): typeof import('./graphql').LockMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CorrectMonthlyCheck($i: CorrectMonthlyCheckInput!) { r: correctMonthlyCheck(input: $i) { ...CheckRowResultFields } }"): typeof import('./graphql').CorrectMonthlyCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EliminateRisk($id: ID!, $v: Int!) { r: eliminateRisk(householdId: $id, version: $v) { ok errors { field code message } } }"): typeof import('./graphql').EliminateRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RiskEliminationCheck($id: ID!) {\n  c: riskEliminationCheck(householdId: $id) { condition label met message }\n  h: households(where: { id: { eq: $id } }, first: 1) { edges { node { id version riskStatus } } }\n}"): typeof import('./graphql').RiskEliminationCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenReferrals($w: RiskReferralWhere, $n: Int) { r: riskReferrals(where: $w, first: $n) {\n  totalCount edges { node { id householdId householdCode headName category regionName month reasons createdAt } } } }"): typeof import('./graphql').OpenReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MonthlyCheckChanges($m: String!, $r: String, $since: String) {\n  monthlyChecksChanged(month: $m, regionCode: $r, since: $since) { id householdId version actor deleted cursor resync fields { field value } }\n}"): typeof import('./graphql').MonthlyCheckChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription Presence($ledger: String!, $clientId: String!) {\n  presence(ledger: $ledger, clientId: $clientId) { ledger total users { displayName townshipCode townshipName rowId since editingSince } }\n}"): typeof import('./graphql').PresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPresenceEditing($ledger: String!, $clientId: String!, $rowId: ID) {\n  setPresenceEditing(ledger: $ledger, clientId: $clientId, rowId: $rowId)\n}"): typeof import('./graphql').SetPresenceEditingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Overview($month: String!, $regionCode: String, $top: Int) {\n  overview(month: $month, regionCode: $regionCode, top: $top) {\n    month regionCode regionName asOf exitWindowEnd\n    townships { code name }\n    households { townshipCode category riskStatus households atRisk }\n    checks { townshipCode townshipName month households visited notVisited submitted locked atRisk rate }\n    assistance { townshipCode townshipName dibaoActive dibaoGradualExit dibaoSinglePerson gradualExitsEndingSoon\n      reliefMonthGrants reliefMonthAmount reliefYearGrants reliefYearAmount overduePaperwork tekunCentralised tekunDispersed }\n    gradualExits { count items { caseId householdId householdCode headName townshipCode townshipName kind exitStartDate exitEndDate noticeDate noticeRef daysLeft } }\n    overduePaperwork { count items { grantId householdId householdCode headName townshipCode townshipName type amount grantDate paperworkDue daysOverdue } }\n    reserveFunds { townshipCode townshipName opening topUps granted balance }\n  }\n}"): typeof import('./graphql').OverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HouseholdIncomeByTownship($where: HouseholdWhere) {\n  householdsAggregate(where: $where, groupBy: [township]) {\n    truncated groups { keys { township townshipName } count memberCount { sum } incomePerCapita { sum avg min max } }\n  }\n}"): typeof import('./graphql').HouseholdIncomeByTownshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AssignmentDetailFields on Assignment { id status dueDate overdue escalated missingPeriods overduePeriods\n  rejectionCount version lastReportAt closedAt unit { code name kind }\n  measure { no title deadline deadlineText recurrence planId content group }\n  notice { text at actor } lastReport { period text at }\n  reports { id period text reporter at evidence { id fileName contentType size url } }\n  events { id kind at actor text fromStatus toStatus reportId } }"): typeof import('./graphql').AssignmentDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BulletinItemFields on BulletinItem { assignmentId measureNo measureTitle status dueDate missingPeriods\n  overduePeriods rejectionCount closedAt }"): typeof import('./graphql').BulletinItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Plans { plans { id documentNumber title issuer issuedOn measures { no groupNo group title deadline deadlineText recurrence } } }"): typeof import('./graphql').PlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponsibleUnits { responsibleUnits { code name kind } }"): typeof import('./graphql').ResponsibleUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Assignments($w: AssignmentWhere, $a: String) { assignments(where: $w, first: 500, after: $a) {\n  edges { node { id status dueDate overdue escalated missingPeriods overduePeriods rejectionCount version lastReportAt closedAt\n    unit { code name kind } measure { no title deadline deadlineText recurrence planId }\n    notice { text at actor } lastReport { period text at } } }\n  pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').AssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Assignment($id: ID!) { assignment(id: $id) { ...AssignmentDetailFields } }"): typeof import('./graphql').AssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportProgress($id: ID!, $v: Int!, $text: String!, $period: String, $evidenceIds: [ID!]) {\n  r: reportProgress(assignmentId: $id, version: $v, text: $text, period: $period, evidenceIds: $evidenceIds) { ...AssignmentDetailFields } }"): typeof import('./graphql').ReportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestClose($id: ID!, $v: Int!) { r: requestClose(assignmentId: $id, version: $v) { ...AssignmentDetailFields } }"): typeof import('./graphql').RequestCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveClose($id: ID!, $v: Int!) { r: approveClose(assignmentId: $id, version: $v) { ...AssignmentDetailFields } }"): typeof import('./graphql').ApproveCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectClose($id: ID!, $v: Int!, $reason: String!) {\n  r: rejectClose(assignmentId: $id, version: $v, reason: $reason) { ...AssignmentDetailFields } }"): typeof import('./graphql').RejectCloseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UrgeAssignment($id: ID!, $v: Int!, $urge: String) { r: urgeAssignment(assignmentId: $id, version: $v, text: $urge) { ...AssignmentDetailFields } }"): typeof import('./graphql').UrgeAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Bulletin($m: String!, $p: ID) { bulletin(month: $m, planId: $p) { month asOf total openCount overdueCount escalatedCount closedCount\n  units { unit { code name kind } total openCount overdueCount escalatedCount closedCount overdue { ...BulletinItemFields }\n    escalated { ...BulletinItemFields } closed { ...BulletinItemFields } }\n  referrals { townshipCode townshipName opened active overdue closed } } }"): typeof import('./graphql').BulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserAccountFields on UserAccount {\n  id username displayName role regionCode unitCode phone disabled mustChangePassword version lastSeenAt\n}"): typeof import('./graphql').UserAccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($where: UserWhere, $first: Int, $after: String) {\n  users(where: $where, first: $first, after: $after) { edges { node { ...UserAccountFields } } pageInfo { hasNextPage endCursor } }\n}"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { oneTimePassword user { ...UserAccountFields } } }"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { ...UserAccountFields } }"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisableUser($id: ID!) { disableUser(id: $id) { ...UserAccountFields } }"): typeof import('./graphql').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnableUser($id: ID!) { enableUser(id: $id) { ...UserAccountFields } }"): typeof import('./graphql').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($id: ID!) { resetPassword(id: $id) { oneTimePassword user { ...UserAccountFields } } }"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyChangeSets($n: Int!) { myChangeSets(first: $n) { id at undone summary } }"): typeof import('./graphql').MyChangeSetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UndoChangeSet($id: ID!) { r: undoChangeSet(id: $id) { ok applied conflicts { entityId field code message } } }"): typeof import('./graphql').UndoChangeSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedoChangeSet($id: ID!) { r: redoChangeSet(id: $id) { ok applied conflicts { entityId field code message } } }"): typeof import('./graphql').RedoChangeSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewState($k: String!) { viewState(key: $k) }"): typeof import('./graphql').ViewStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveViewState($k: String!, $s: String!) { saveViewState(key: $k, state: $s) }"): typeof import('./graphql').SaveViewStateDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
