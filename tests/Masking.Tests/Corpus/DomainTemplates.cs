namespace Masking.Tests.Corpus;

/// <summary>A user turn and the assistant turn that answers it.</summary>
internal sealed record Scenario(string User, string Assistant);

/// <summary>
/// Per-domain templates. Slots in braces are replaced by <see cref="RecordContext"/>: people ({Name}, {TName},
/// {Mr}, {First}, {LastFirst}, {CapsName}, {Name2}, {Dr2}, {Mr2}, {Name3}, {Mr3}), places ({Street}, {City}, {Zip},
/// {CityZip}, {FullAddress}), dates tied to the person ({Dob}, {AdmitDate}, {DischargeDate}, {DeathDate}, {EventDate},
/// {ApptDate}), identifiers ({Phone}, {Fax}, {Email}, {Url}, {Ip}, {Ipv6}, {Ssn}, {Mrn}, {Plan}, {Account},
/// {Policy}, {License}, {Passport}, {Card}, {Iban}, {Aba}, {Nhs}, {Vin}, {Serial}, {Other}, {AnyId}; a trailing + adds a
/// varied context phrase such as "MRN:" or "policy no.") and decoys ({Drug}, {Icd}, {Cpt}, {Money}, {Lab},
/// {Eponym}, {Weekday}, {Quarter}, {Year}, {Percent}, {Brand}, {Vehicle}, {Medicare}, {CapWord}); {OldAge} is an age
/// over 89 written one of several ways. "_2" asks for a
/// second, different value of a slot. Wording varies on purpose: recognizers tuned to one phrasing should not pass.
/// </summary>
internal sealed class DomainTemplates
{
    private static readonly DomainTemplates Health = new(
        [
            "You are a clinical documentation assistant for a hospital. Summarise notes accurately and keep medication details exact.",
            "You help the scheduling desk of an outpatient clinic answer appointment requests politely and briefly.",
            "You write discharge summaries in plain language. Keep ICD-10 codes such as {Icd} and CPT codes such as {Cpt} unchanged.",
            "You assist nurses with handover notes. Doses like {Drug} must be copied verbatim.",
            "You are a medical coding assistant. Return diagnosis and procedure codes exactly as written.",
            "You support a GP practice. Answer in British English and never invent results.",
        ],
        [
            new("Please summarise this note. Patient {Name}, DOB {Dob}, {Mrn+}, admitted {AdmitDate} with chest pain. History of {Eponym} since {Year}. Current meds: {Drug}. {Lab}.",
                "Summary: {TName} (DOB {Dob}) was admitted on {AdmitDate} with chest pain on a background of {Eponym}. Continue {Drug}. Latest {Lab}. Coded as {Icd}."),
            new("Hi, this is {Name}. I'd like to book a follow-up with {Dr2} on {Weekday} or on {ApptDate}. My number is {Phone} and my email is {Email}.",
                "Thank you, {Mr}. I have requested a slot with {Dr2} for {ApptDate}. We will confirm by email to {Email} or call you on {Phone}."),
            new("Draft a discharge summary: {Name}, {Nhs+}, admitted {AdmitDate}, discharged {DischargeDate}. Diagnosis {Icd} ({Eponym}). Discharge medication: {Drug}; {Drug_2}. GP is {Dr2}, {FullAddress}.",
                "Discharge summary for {LastFirst} ({Nhs+}). Admitted {AdmitDate}, discharged {DischargeDate} with {Eponym} ({Icd}). Medication on discharge: {Drug} and {Drug_2}. Copy to {Dr2}."),
            new("{CapWord} {Name} phoned about the results: {Lab} and {Lab_2}. Address on file is {FullAddress}. Can you draft a reply letter?",
                "Dear {Mr}, your recent tests show {Lab} and {Lab_2}. We will post a copy to {Street}, {City}. Please call the clinic if you have questions."),
            new("Record for {Name} ({Mrn+}, {Nhs+}): date of death {DeathDate}, born {Dob}. Next of kin is {Name2}, {Phone+}. Cause recorded as complications of {Eponym}.",
                "Noted. {TName}, born {Dob}, died on {DeathDate}; underlying cause {Eponym} ({Icd}). I will prepare a letter to {Name2}, who can be reached at {Phone}."),
            new("Can you check insurance coverage for {Name}? {Plan+}, {Ssn+}. The visit on {ApptDate} will be billed as CPT {Cpt}.",
                "Coverage check for {Mr} ({Plan+}): CPT {Cpt} on {ApptDate} is covered at {Percent} after the deductible. {CapWord}"),
            new("Patient {Name} has an implanted pacemaker, {Serial+}. Remote monitoring from {Ip+} flagged an arrhythmia alert on {EventDate}. {Lab}.",
                "For {TName}: device {Serial} reported the alert on {EventDate}. The transmission came from {Ip}. Suggest an ECG (CPT {Cpt}) and review of {Drug}."),
            new("Write a referral letter from {Dr2} to neurology for {Name} ({OldAge}, DOB {Dob}). Suspected {Eponym}; symptoms since {Year}. Lives at {FullAddress}, tel {Phone}.",
                "Dear colleague, I would be grateful if you could see {Name}, born {Dob}, of {Street}, {CityZip}, whom I suspect has {Eponym}. Current treatment: {Drug}. Yours sincerely, {Dr2}"),
            new("Handover: bed 12, {LastFirst}, {OldAge}, {Mrn+}. {Drug} given at 08:00. {Lab}. Family contact {Name3}, {Phone+}. Property receipt {Other}.",
                "Handover noted for {Mr} ({Mrn}). {Drug} was given at 08:00; {Lab} is within the expected range. Family contact {Name3} will be updated on {Weekday}."),
            new("Hello, my name is {Name} and my child {Name3} needs a repeat prescription of {Drug}, {Other+}. Our portal login is {Email}. You can also reach me at {Phone+}.",
                "Hi {First}, the repeat prescription of {Drug} for {Name3} has been sent to the pharmacy. We replied to {Email} as well."),
            new("Telehealth log: patient {Name} joined from {Ipv6+} on {ApptDate}; the patient's blog {Url} was shared in chat. Notes: {Lab}, continue {Drug}.",
                "Telehealth visit for {TName} on {ApptDate} documented. Session address {Ipv6} recorded for audit. Plan: continue {Drug}; recheck {Lab} in the {Quarter}."),
            new("Code this encounter: {Name}, seen {ApptDate} for {Eponym}, diagnosis {Icd}, established patient visit {Cpt}. {Mrn+}.",
                "Codes for {Mr} ({Mrn}): diagnosis {Icd}, procedure {Cpt}. Encounter date {ApptDate}."),
            new("Patient {TName}, {Nhs+}, of {FullAddress}, mobile {Phone}, presented with {Lab} and a history of {Eponym}.",
                "{Name} ({Nhs}) should be reviewed on {Weekday}. {Lab} warrants repeat bloods; letter to {Street}, {CityZip}."),
            new("The bill for {FullName}'s visit on {ApptDate} came to {Money}. Can they pay with card {Card}? Their {Brand} secondary covers {Percent}.",
                "Yes. {Money} will be charged to card {Card} for the visit on {ApptDate}; {Brand} should reimburse {Percent} of the allowed amount."),
            new("Mental health intake: {Name}, born {Dob}, referred by {Dr2}. Emergency contact {Name3} at {Email3}. Takes {Drug}. {AnyId}.",
                "Intake summary: {Mr}, DOB {Dob}, referred by {Dr2}, currently on {Drug}. Emergency contact {Name3} ({Email3}). {CapWord}"),
            new("I, {Name}, request copies of my records from {AdmitDate} to {DischargeDate}. Please send them to {FullAddress} or {Fax+}. My {Ssn+}.",
                "We have logged the request from {TName} for records dated {AdmitDate} to {DischargeDate}. They will be posted to {Street}, {City} within 30 days."),
            new("Trial enrolment: subject {Name}, {Mrn+}, enrolled {EventDate}, baseline {Lab}, {Lab_2}. Insulin pump {Serial+}. {Plan+}.",
                "Enrolment recorded for {Mr} on {EventDate}. Baseline {Lab}; pump {Serial} registered. Next visit in the {Quarter}, on a {Weekday}."),
            new("Note from {Dr2}: saw {Name} (DOB {Dob}) today. {CapWord} Started {Drug}. {Lab}. Contact: {Email}, {Phone}. Home: {FullAddress}.",
                "Clinic note for {LastFirst}: started {Drug}; {Lab}. Patient contact details {Email} and {Phone} confirmed."),
        ],
        [
            new("Also add that {Mr} was seen again on {ApptDate}.", "Added: follow-up visit for {Name} on {ApptDate}, {Lab} unchanged."),
            new("Please include the {Mrn+} in the header.", "Header updated with {Mrn+} for {Name}."),
            new("Can you send it to {Email}?", "I have prepared the letter for {Email}; please verify the address with {Mr} first."),
            new("Did we record {Name3} as next of kin?", "Yes, {Name3} is recorded as next of kin, {Phone+}."),
            new("What was the dose again?", "{Drug}, as prescribed on {AdmitDate}."),
        ]);

    private static readonly DomainTemplates Banking = new(
        [
            "You are a retail banking assistant. Confirm amounts exactly and never reveal internal risk scores.",
            "You help the payments operations team. Amounts such as {Money} and fees such as {Percent} must be copied exactly.",
            "You assist the KYC team of a European bank with customer due diligence.",
            "You are a fraud-operations assistant. Be concise; state next steps on {Weekday} at the latest.",
            "You support the card disputes desk. {Brand} and other scheme rules apply.",
        ],
        [
            new("Please send {Money} from my {Account+} to {Name2}, {Iban+}, reference: invoice for {Quarter}.",
                "The transfer of {Money} to {Name2} ({Iban}) is scheduled for {Weekday}. Reference: invoice for {Quarter}."),
            new("I'm disputing a charge of {Money} on my {Brand} card {Card} made on {EventDate}, {Other+}. I'm {Name}, phone {Phone}.",
                "Thank you, {Mr}. We have opened a dispute for the {Money} charge of {EventDate} ({Other}) on card {Card} and will call you on {Phone}."),
            new("KYC update for customer {LastFirst} ({OldAge}): DOB {Dob}, {Passport+}, {Ssn+}, residential address {FullAddress}.",
                "KYC record for {Name} updated: passport {Passport}, date of birth {Dob}, address {Street}, {CityZip}."),
            new("Wire instructions: beneficiary {Name2}, {Aba+}, {Account+}, amount {Money}. Ordering customer {Name}.",
                "Wire of {Money} from {Name} to {Name2} set up with {Aba+} and {Account+}. Cut-off is {Weekday} 3 pm."),
            new("Fraud alert: login to the online banking of {Name} from {Ip+} and {Ipv6+} on {EventDate}; the email was then changed to {Email}.",
                "Lock the profile of {TName}. Logins from {Ip} and {Ipv6} on {EventDate} are suspicious; contact the customer on the number on file, not via {Email}."),
            new("Loan application from {TName}, born {Dob}, employer phone {Phone+}, employed since {Year}, annual income {Money}, requesting a rate of {Percent}.",
                "Application for {Name} (DOB {Dob}) received. Income {Money}; the requested {Percent} APR needs underwriter approval. Employer verification via {Phone}."),
            new("Set up a direct debit from {Iban} for {Name}: {Money} monthly, starting in the {Quarter}.",
                "Direct debit mandate created for {Mr}: {Money} per month from {Iban}, first collection in the {Quarter}."),
            new("{CapWord} My {Card+} was stolen yesterday. I'm {Name}, {FullAddress}. Please block it.",
                "I'm sorry to hear that, {First}. Card {Card} is now blocked and a replacement will be posted to {Street}, {CityZip}."),
            new("Email monthly statements for {Account+} to {Email}. Account holder {Name}, {Phone+}.",
                "Statements for account {Account} will be sent to {Email} from next month, {Mr}."),
            new("Company signatory {Name2} ({Passport+}) authorises {Name} to operate {Account+}. The {Year} accounts show turnover of {Money}.",
                "Mandate updated: {Name} may operate account {Account} on the authority of {Name2}. {Year} turnover {Money} noted."),
            new("Estate of {Name}, who died on {DeathDate}. Executor {Name3}, {Phone+}. Please close {Account+} and transfer the balance to {Iban+}.",
                "Our condolences. The account of {TName} (died {DeathDate}) will be closed and the balance sent to {Iban}, as instructed by {Name3}."),
            new("Mobile cheque deposit of {Money} to {Account+}, {Aba+}, by {Name} from device {Serial+}.",
                "Deposit of {Money} by {Mr} accepted on device {Serial}; funds available by {Weekday}."),
            new("The seller page {Url2} belongs to {Name2}. I paid {Money} by {Brand} and received nothing. I'm {Name}, {Email}.",
                "We will raise a claim against the seller {Name2} ({Url2}) for {Money}. Updates will go to {Email}."),
            new("Send {Money} via {Brand} to {Name2} in {City}, {Iban+}, phone {Phone}.",
                "International transfer of {Money} to {Name2} in {City} ({Iban}) is queued; a fee of {Percent} applies."),
            new("Can you raise the limit on card {Card}? I'm {Name}, SSN {Ssn}, and my income has gone up {Percent} since {Year}.",
                "Limit review requested for {Mr} on card {Card}. We may ask for proof of the {Percent} income increase and confirm your SSN {Ssn} by phone."),
            new("Change of address for {Name}, {Account+}: new address {FullAddress}, new phone {Phone}. {AnyId}.",
                "Address for {Mr} updated to {Street}, {CityZip}; phone {Phone}. {CapWord}"),
            new("Overdraft review: {LastFirst}, born {Dob}, {Account+}, overdrawn by {Money} since {Weekday}. Driving licence {License} on file.",
                "Overdraft of {Money} on account {Account} ({Name}) reviewed; licence {License} confirms identity. Interest at {Percent} applies from the {Quarter}."),
        ],
        [
            new("Please also confirm the {Aba+}.", "Confirmed: routing number {Aba} for {Name}."),
            new("Send the confirmation to {Email}.", "Confirmation sent to {Email}, {Mr}."),
            new("What's the fee?", "The fee is {Percent} of {Money}, charged on {Weekday}."),
            new("Use {Iban} instead.", "Updated: payments for {Name} will go to {Iban}."),
            new("Is the card {Card} still active?", "No, card {Card} was blocked on {EventDate} at the request of {Mr}."),
        ]);

    private static readonly DomainTemplates Insurance = new(
        [
            "You are a claims-handling assistant for a property and casualty insurer. Be factual; amounts like {Money} are exact.",
            "You help policy administrators make changes. Premiums and percentages such as {Percent} must not be altered.",
            "You assist a health insurer's claims team with coding questions; codes like {Cpt} stay as they are.",
            "You are a life insurance service assistant. Use a respectful tone.",
            "You help the special investigations unit triage referrals. Quote {Brand} and other brand names as given.",
        ],
        [
            new("New claim: {Name}, {Policy+}, collision on {EventDate} in {City}, vehicle {Vin+}, {License+}.",
                "Claim opened for {TName} under policy {Policy}: collision on {EventDate}, vehicle {Vin}. We will call about the {Vehicle} repair estimate."),
            new("Water damage at {FullAddress}. Policyholder {TName}, {Policy+}, contractor estimate {Money}, {Other+}.",
                "Home claim for {Mr} at {Street}, {CityZip} registered. Estimate {Money}; deductible {Money_2} applies ({Policy+})."),
            new("Add {Name3} as a named driver to {Policy+}. DOB {Dob}, {License+}. Start on {Weekday}.",
                "{Name3} (DOB {Dob}, licence {License}) is added to policy {Policy} from {Weekday}. The premium rises by {Percent}."),
            new("Claim for {Name}, {Plan+}: procedure {Cpt} on {ApptDate}, diagnosis {Icd}, billed {Money}.",
                "Claim for {Mr} ({Plan}) processed: {Cpt} on {ApptDate} for {Icd}. Allowed {Money}; coinsurance {Percent}."),
            new("Beneficiary change on life {Policy+}: from {Name2} to {Name3}. Insured is {Name}, {OldAge}, {Ssn+}.",
                "The beneficiary of policy {Policy} (insured {TName}) is changed from {Name2} to {Name3}. {CapWord}"),
            new("Pay the {Quarter} premium of {Money} for {Policy+} with {Card+}. Policyholder {Name}.",
                "Premium of {Money} for policy {Policy} charged to card {Card}. Thank you, {Mr}."),
            new("Death claim: insured {LastFirst}, {OldAge}, died on {DeathDate}. Claimant {Name2}, {Email2}, {Phone+}. Cause: {Eponym}.",
                "Death claim for {Name} (date of death {DeathDate}) logged. We will write to {Name2} at {Email2} and call {Phone}."),
            new("Travel claim: {Name}, {Passport+}, luggage lost on {EventDate} at {City} airport, value {Money}.",
                "Travel claim for {Mr} (passport {Passport}) registered: loss on {EventDate}, {Money} claimed. {CapWord}"),
            new("Gadget cover: phone stolen, {Serial+}, {Policy+} (customer since {Year}), owner {Name}; last seen online from {Ip+}.",
                "Theft claim under {Policy} for {TName} opened. The device {Serial} was last online from {Ip}; a police reference is needed."),
            new("Subrogation: third party {Name2}, driving {Vin+}, was at fault on {EventDate}. Our insured {Name} paid an excess of {Money}.",
                "We will pursue {Name2} (vehicle {Vin}) to recover the {Money} excess paid by {Mr}."),
            new("{Name} turns 65 on {Dob} and enrols in {Medicare} Part B. {Plan+}. Should we offer the supplement plan?",
                "Yes: {Mr} (born {Dob}) can join the supplement from the {Quarter}; member {Plan} keeps current benefits until then."),
            new("Update mailing address for {Policy+} to {FullAddress}; contact email {Email}. Insured {Name}.",
                "Mailing address for {TName} updated to {Street}, {CityZip}; confirmation sent to {Email}."),
            new("SIU referral: claimant {Name} filed from {Ipv6+}; social profile {Url}; payout requested to {Iban+}.",
                "Referral accepted. {Name}'s claim came from {Ipv6}; the profile {Url} and the IBAN {Iban} are now on the watch list."),
            new("Adjuster note: {Dr2} examined {Name} on {ApptDate}; findings consistent with {Eponym}. {Lab}. Claim {Money}.",
                "Medical review for {Mr} on {ApptDate} by {Dr2} supports the claim of {Money}; {Eponym} confirmed ({Icd})."),
            new("Quote request: {Name}, born {Dob}, ZIP {Zip}, vehicle {Vin+}, wants cover from {Weekday}.",
                "Quote for {Mr}: vehicle {Vin}, postcode {Zip}, premium {Money} per year, paid monthly at {Percent} APR."),
            new("Pay the settlement of {Money} to {Name} by ACH: {Aba+}, {Account+}.",
                "Settlement of {Money} to {TName} sent by ACH to account {Account} (routing {Aba})."),
            new("Renewal for {LastFirst}, {Policy+}, {FullAddress}, phone {Phone}. No claims since {Year}.",
                "Renewal issued to {Name}: no claims since {Year}, discount {Percent}. Documents posted to {Street}, {City}."),
        ],
        [
            new("Please add the {Vin+} to the claim.", "Added vehicle {Vin} to the claim of {Mr}."),
            new("Can you email the documents to {Email}?", "Documents sent to {Email} for {Name}."),
            new("What is the excess?", "The excess is {Money}, or {Percent} of the claim, whichever is higher."),
            new("The insured's phone changed to {Phone}.", "Updated phone for {Mr}: {Phone}."),
            new("Reference the {Policy+} please.", "Referenced policy {Policy} for {Name}."),
        ]);

    private static readonly DomainTemplates PublicSecurity = new(
        [
            "You are a records assistant for a police department. Summaries must be neutral and factual.",
            "You help case officers structure case files. Keep dates, weekdays such as {Weekday} and statistics such as {Percent} exact.",
            "You support a cyber-crime unit. Quote technical indicators exactly.",
            "You assist a border security desk with watch-list checks; agencies like {Brand} are named as given.",
            "You draft incident summaries for the {Quarter} statistical return.",
        ],
        [
            new("Incident report: on {EventDate} officers responded to {FullAddress}. Complainant {Name}, {Phone+}. Suspect {CapsName}, DOB {Dob}.",
                "Summary: on {EventDate} officers attended {Street}, {City} after a call from {Name}. Suspect {CapsName} (DOB {Dob}) was identified."),
            new("Case file: subject {CapsName}, {Passport+}, {License+}, last known address {Street}, {City}. Seized phone: {Other+}.",
                "Case file opened for {Name}: passport {Passport}, licence {License}, last seen at {Street}, {City}."),
            new("Traffic stop on {Weekday}: driver {Name}, {License+}, vehicle {Vin+}, registered to {Name2}.",
                "Stop recorded: {TName} driving vehicle {Vin} (registered keeper {Name2}); licence {License} checked."),
            new("Phishing complaint: victim {Name} ({Email}) received messages linking to {Url2}; sender IP {Ip}, also {Ipv6}.",
                "Complaint from {Mr} logged. Indicators: {Url2}, {Ip}, {Ipv6}. Advise {First} to change the password for {Email}."),
            new("Missing person: {Name}, born {Dob}, last seen in {City} on {EventDate}. Reported by parent {Name3}, {Phone+}.",
                "Missing-person alert for {Name} (born {Dob}) issued; last sighting {City}, {EventDate}. Family contact {Name3} on {Phone}."),
            new("Witness statement by {TName} ({OldAge}) of {FullAddress}: on {EventDate} at about 22:00 the witness saw a {Vehicle} van outside.",
                "Witness {Name} ({Street}, {City}) reports a {Vehicle} van on {EventDate}; a follow-up interview is set for {Weekday}."),
            new("Evidence log: laptop {Serial+} (bought in {Year}) seized from {Name} at {Street}, {City}; router IP {Ip}.",
                "Item logged: laptop {Serial} from {Mr}; network address {Ip} preserved for analysis."),
            new("Financial crime: suspect {Name} used card {Card} and {Iban+} to move {Money}. SSN on file {Ssn}.",
                "Suspect {LastFirst}: card {Card}, IBAN {Iban}, {Money} moved. Request records for SSN {Ssn}."),
            new("Border alert: {CapsName}, {Passport+}, travelling on {Weekday}, flagged by {Brand}.",
                "Alert confirmed for {Name}, passport {Passport}; secondary inspection on arrival. {CapWord}"),
            new("Custody record: {LastFirst}, DOB {Dob}, arrested {EventDate}. Solicitor {Name2}, {Phone+}. {AnyId}.",
                "Custody entry for {Name} (DOB {Dob}, arrested {EventDate}) complete. Solicitor {Name2} informed via {Phone}."),
            new("Call from {Phone} reported by {Name3}: disturbance at {FullAddress} involving {Name}.",
                "Units dispatched to {Street}, {CityZip} after the call by {Name3}; {Mr} spoken to at the scene."),
            new("Stolen vehicle: {Vehicle} {Vin+}, owner {Name}, ZIP {Zip}, reported {EventDate}.",
                "Vehicle {Vin} (owner {TName}) listed as stolen from {EventDate}; ANPR alert set for postcode area {Zip}."),
            new("Coroner referral: {Name}, date of death {DeathDate}, attended by {Dr2}. Next of kin {Name3}. History of {Eponym}.",
                "Referral for {TName} (died {DeathDate}) noted; {Dr2} to provide a statement. Known {Eponym}. {CapWord}"),
            new("Threat posted at {Url} by an account linked to {Email}; posting IP {Ipv6}. The account owner appears to be {Name}.",
                "Threat report: {Url} / {Email} / {Ipv6}. Subject {Name} to be interviewed on {Weekday}."),
            new("Firearms licence renewal for {Name}, {License+}, {FullAddress}, medical check via {Nhs+}.",
                "Renewal for {Mr} (licence {License}) pending GP confirmation for {Nhs+}. Home visit at {Street}, {City}."),
            new("{Quarter} statistics: burglaries down {Percent}. Officer {Name2} asks for the case of {Name}, {Phone+}, to be included.",
                "Included: case of {Name} (contact {Phone}) in the {Quarter} return; burglaries {Percent} lower than in {Year}."),
            new("Interview log: {TName}, born {Dob}, {Passport+}, translator {Name3}, on {EventDate}. Device {Serial+} examined.",
                "Interview of {Mr} (passport {Passport}) on {EventDate} recorded; device {Serial} returned to {Name3}."),
        ],
        [
            new("Please add {Mr}'s phone {Phone}.", "Added phone {Phone} for {Name}."),
            new("Which vehicle was it?", "Vehicle {Vin+}, seen on {Weekday}."),
            new("Add the IP {Ip}.", "Indicator {Ip} added to the case of {Name}."),
            new("Also record {Email}.", "Recorded {Email} as a contact for {Mr}."),
            new("Was the date of birth {Dob}?", "Yes, {Name} was born on {Dob}."),
        ]);

    private DomainTemplates(string[] systemPrompts, Scenario[] scenarios, Scenario[] followUps)
    {
        SystemPrompts = systemPrompts;
        Scenarios = scenarios;
        FollowUps = followUps;
    }

    public IReadOnlyList<string> SystemPrompts { get; }

    public IReadOnlyList<Scenario> Scenarios { get; }

    public IReadOnlyList<Scenario> FollowUps { get; }

    public static DomainTemplates For(CorpusDomain domain) => domain switch
    {
        CorpusDomain.Health => Health,
        CorpusDomain.Banking => Banking,
        CorpusDomain.Insurance => Insurance,
        CorpusDomain.PublicSecurity => PublicSecurity,
        _ => throw new ArgumentOutOfRangeException(nameof(domain), domain, null),
    };
}
