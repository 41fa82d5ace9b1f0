package incidentkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The IncidentKG vocabulary: one constant per term of {@code ontology/ikg.ttl} and
 * {@code ontology/incident-types.ttl}, spelt as the term's local name; each constant's javadoc is
 * the term's {@code skos:definition}. Also the names of the dataset's fixed graphs and the
 * namespace of resource IRIs.
 */
public final class IKG {

    private IKG() {}

    /** The namespace of the vocabulary: {@value}. */
    public static final String NS = "https://w3id.org/incidentkg/ontology#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    /** The namespace of IncidentKG resources: {@value} + type segment + "/" + stable id. */
    public static final String RESOURCE_NS = "https://w3id.org/incidentkg/resource/";

    /** The ontology's IRI, also the name of the graph that holds it: {@value}. */
    public static final String GRAPH_ONTOLOGY = "https://w3id.org/incidentkg/ontology";

    /** The namespace of the reference-data graphs: {@value}. */
    public static final String GRAPH_NS = "https://w3id.org/incidentkg/graph/";

    /** The graph of the gazetteer: {@value}. */
    public static final String GRAPH_GAZETTEER = GRAPH_NS + "gazetteer";

    /** The graph of related incidents (ikg:Relatedness nodes): {@value}. */
    public static final String GRAPH_RELATED = GRAPH_NS + "related";

    /** The namespace under which link-set graphs are named: {@value}. */
    public static final String GRAPH_LINKS_NS = GRAPH_NS + "links/";

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // -- Articles and text --

    /**
     * A news article that was loaded into IncidentKG: its full text, its metadata and the named
     * graph of facts extracted from it.
     */
    public static final Resource Article = resource("Article");

    /**
     * A span of an article's text that supports a fact: the characters from nif:beginIndex
     * (inclusive) to nif:endIndex (exclusive) of the article's nif:isString.
     */
    public static final Resource Mention = resource("Mention");

    /**
     * A part of an article with one role in its layout: the headline, the body, a photo caption, a
     * credit line or a teaser.
     */
    public static final Resource Segment = resource("Segment");

    /** Links a mention to the article whose text it is a span of. */
    public static final Property inArticle = property("inArticle");

    /**
     * Links a resource, a tally, a claim or a reified statement to a mention: a span of text where
     * the article says so.
     */
    public static final Property evidence = property("evidence");

    /** Links an article to one of its segments. */
    public static final Property segment = property("segment");

    /** The role of a segment in the article's layout, one concept of ikg:SegmentKinds. */
    public static final Property segmentKind = property("segmentKind");

    /** The roles a segment can have in an article's layout. */
    public static final Resource SegmentKinds = resource("SegmentKinds");

    /** The article's title as printed above it. */
    public static final Resource Headline = resource("Headline");

    /** The running text of the article. */
    public static final Resource Body = resource("Body");

    /** The text under a photo or video that describes it. */
    public static final Resource Caption = resource("Caption");

    /** A line naming the author, agency or photographer ("Reporting by …", "AP Photo/…"). */
    public static final Resource Credit = resource("Credit");

    /** A link or summary of another story embedded in the page ("Read more: …"). */
    public static final Resource Teaser = resource("Teaser");

    // -- Incidents --

    /**
     * Anything that happened that the articles report: an attack, a raid or other security
     * operation, a plot, a demonstration, an occupation.
     */
    public static final Resource Incident = resource("Incident");

    /**
     * A violent act by non-state actors against people or property: the terrorist attack proper.
     */
    public static final Resource Attack = resource("Attack");

    /**
     * An attack meant to hurt or kill people directly with firearms, incendiaries or blades
     * (shootings, stabbings, gun and grenade attacks).
     */
    public static final Resource ArmedAssault = resource("ArmedAssault");

    /**
     * An attack whose main effect comes from an explosion: a bomb, an improvised explosive device,
     * a car bomb or a suicide bomb.
     */
    public static final Resource Bombing = resource("Bombing");

    /**
     * An attack in which people are seized and held at the place of the attack, usually to obtain
     * concessions: a siege or barricade incident.
     */
    public static final Resource HostageTaking = resource("HostageTaking");

    /**
     * An attack in which people are seized and moved to be held somewhere else, for ransom, an
     * exchange or other demands.
     */
    public static final Resource Kidnapping = resource("Kidnapping");

    /**
     * An attack meant to kill one or more specific, prominent persons: an official, an officer, a
     * journalist, a public figure.
     */
    public static final Resource Assassination = resource("Assassination");

    /** An attack that sets fire to a building, vehicle or other property. */
    public static final Resource Arson = resource("Arson");

    /**
     * An attack that takes control of a vehicle (an aircraft, a ship, a bus, a train) to divert it
     * or to press demands.
     */
    public static final Resource Hijacking = resource("Hijacking");

    /**
     * An action by police, army, intelligence or special forces against attackers or suspects: a
     * raid, a storming, a manhunt, a military operation.
     */
    public static final Resource SecurityOperation = resource("SecurityOperation");

    /** A sudden entry by security forces into a place to arrest, search or kill suspects. */
    public static final Resource Raid = resource("Raid");

    /**
     * A coordinated action by armed forces: an offensive, an air strike, a campaign against an
     * armed group.
     */
    public static final Resource MilitaryOperation = resource("MilitaryOperation");

    /**
     * An assault by security forces on a place held by attackers, to free hostages or end a siege.
     */
    public static final Resource Storming = resource("Storming");

    /** A search by security forces for suspects who fled after an incident. */
    public static final Resource Manhunt = resource("Manhunt");

    /**
     * A planned attack that the text reports as planned, thwarted, foiled or attempted rather than
     * carried out.
     */
    public static final Resource Plot = resource("Plot");

    /** A public gathering to protest or to show support: a protest, rally, march or vigil. */
    public static final Resource Demonstration = resource("Demonstration");

    /** Armed control of a territory by a group over a period of time. */
    public static final Resource Occupation = resource("Occupation");

    // -- Incident classification and stage --

    /**
     * The concept of ikg:IncidentTypes that classifies an incident; it names the incident's most
     * specific class and carries the mappings to GTD, MUC-4 and CAMEO codes.
     */
    public static final Property incidentType = property("incidentType");

    /** Links a concept of a code list to the IncidentKG class whose instances it classifies. */
    public static final Property forClass = property("forClass");

    /**
     * How far an incident got, one concept of ikg:Stages: accomplished, attempted, thwarted or
     * threatened.
     */
    public static final Property stage = property("stage");

    /** How far an incident got, from a threat to a completed act. */
    public static final Resource Stages = resource("Stages");

    /** The act was carried out. */
    public static final Resource Accomplished = resource("Accomplished");

    /** The act was begun but failed: the bomb did not go off, the target survived. */
    public static final Resource Attempted = resource("Attempted");

    /** The act was prepared but stopped by others before it was carried out: a foiled plot. */
    public static final Resource Thwarted = resource("Thwarted");

    /** The act was only threatened: a warning, a threat or an ultimatum. */
    public static final Resource Threatened = resource("Threatened");

    // -- Incident time --

    /** The earliest day on which the incident may have begun. */
    public static final Property earliestDate = property("earliestDate");

    /** The latest day on which the incident may have begun. */
    public static final Property latestDate = property("latestDate");

    /** The day the incident began, given only when it is known to the day. */
    public static final Property date = property("date");

    // -- Incident place --

    /** The most specific place where the incident happened that the text gives or implies. */
    public static final Property place = property("place");

    /** The building or site where the incident happened, stated or inferred. */
    public static final Property venue = property("venue");

    /**
     * The city or town where the incident happened, stated or inferred (from the venue, or from a
     * dateline).
     */
    public static final Property city = property("city");

    /** The country where the incident happened, stated or inferred (from the city or venue). */
    public static final Property country = property("country");

    // -- Incident participants --

    /**
     * Who carried out the incident, as the text reports it: a person, an unnamed group of people
     * or an organization.
     */
    public static final Property perpetrator = property("perpetrator");

    /** The person who led or planned the incident: its ringleader or mastermind. */
    public static final Property organizer = property("organizer");

    /**
     * What was attacked: a place (a hotel, an embassy) or an organization (an airline, a
     * newspaper).
     */
    public static final Property target = property("target");

    /** Who was hit, held or killed in the incident: a person or an unnamed group of people. */
    public static final Property victim = property("victim");

    /**
     * Forces that responded to the incident: police, army, special forces, emergency services, as
     * an organization or a group.
     */
    public static final Property respondent = property("respondent");

    /**
     * Who carried out a security operation: a raid, a storming, a manhunt or a military operation.
     */
    public static final Property conductedBy = property("conductedBy");

    /**
     * The weapon or means used in the incident: a literal ("AK-47 rifles", "car bomb") or a
     * resource.
     */
    public static final Property instrument = property("instrument");

    // -- Relations between incidents --

    /** Links a sub-event to the incident it is part of: the storming is part of the siege. */
    public static final Property partOf = property("partOf");

    /**
     * Links an incident to an earlier incident that it happened after and because of, or in
     * sequence with: the manhunt follows the attack.
     */
    public static final Property follows = property("follows");

    /**
     * Links two incidents that are related: same place, same group or affiliated groups, shared
     * participants, close in time, one a sequel or part of the other.
     */
    public static final Property relatedTo = property("relatedTo");

    /** Links an incident to an article that reports it. */
    public static final Property supportedBy = property("supportedBy");

    /** The qualified form of ikg:relatedTo: why two incidents are related, and how strongly. */
    public static final Resource Relatedness = resource("Relatedness");

    /** The first incident of a relatedness. */
    public static final Property fromIncident = property("fromIncident");

    /** The second incident of a relatedness. */
    public static final Property toIncident = property("toIncident");

    /** Why two incidents are related, one concept of ikg:RelatednessReasons. */
    public static final Property reason = property("reason");

    /** How strongly two incidents are related: higher is stronger. */
    public static final Property score = property("score");

    /** The reasons why two incidents are related. */
    public static final Resource RelatednessReasons = resource("RelatednessReasons");

    /** Both incidents happened at the same building or site. */
    public static final Resource SameVenue = resource("SameVenue");

    /** Both incidents happened in the same city. */
    public static final Resource SameCity = resource("SameCity");

    /** Both incidents happened in the same country. */
    public static final Resource SameCountry = resource("SameCountry");

    /** The same organization carried out or claimed both incidents. */
    public static final Resource SameGroup = resource("SameGroup");

    /** The organizations behind the two incidents are linked by ikg:affiliatedWith. */
    public static final Resource AffiliatedGroup = resource("AffiliatedGroup");

    /** A person or organization takes part in both incidents, in any role. */
    public static final Resource SharedParticipant = resource("SharedParticipant");

    /** One incident follows the other (ikg:follows). */
    public static final Resource Sequence = resource("Sequence");

    /** One incident is part of the other (ikg:partOf). */
    public static final Resource SubEvent = resource("SubEvent");

    /** The two incidents began within a few days of each other. */
    public static final Resource WithinDays = resource("WithinDays");

    // -- Agents --

    /**
     * A single human being, named ("Jane Doe") or described ("a French national", "the driver").
     */
    public static final Resource Person = resource("Person");

    /**
     * An unnamed set of people that the text treats as one participant: "gunmen", "hostages",
     * "seven airline staff members".
     */
    public static final Resource PersonGroup = resource("PersonGroup");

    /**
     * Any organization: an armed group, a security force, a government body, a company, a news
     * organization or other.
     */
    public static final Resource Organization = resource("Organization");

    /**
     * A militant, insurgent or terrorist organization: a non-state group that uses armed violence.
     */
    public static final Resource ArmedGroup = resource("ArmedGroup");

    /**
     * A state force that keeps order or fights: police, gendarmerie, army, special forces,
     * intelligence service, or a foreign or UN force.
     */
    public static final Resource SecurityForce = resource("SecurityForce");

    /**
     * A government, ministry, agency, court or other public authority, other than a security
     * force.
     */
    public static final Resource GovernmentBody = resource("GovernmentBody");

    /** A business: an airline, a hotel operator, an employer of victims. */
    public static final Resource Company = resource("Company");

    /**
     * A news agency, newspaper, broadcaster or news website, as a publisher or as a channel of
     * reports ("told Reuters").
     */
    public static final Resource NewsOrganization = resource("NewsOrganization");

    /** Links a person or a group of people to an organization they belong to or work for. */
    public static final Property memberOf = property("memberOf");

    /**
     * Links an organization to another it is affiliated with, allied to or a branch of: a group
     * affiliated with a larger network.
     */
    public static final Property affiliatedWith = property("affiliatedWith");

    /** Links a person to the incident in which they died. */
    public static final Property killedIn = property("killedIn");

    /** Links a person to an incident they are suspected of, sought for or charged with. */
    public static final Property suspectIn = property("suspectIn");

    /** Links a person or a group of people to the country of which they are nationals. */
    public static final Property nationality = property("nationality");

    /** How many people a group has, when the text states it ("seven … staff members" → 7). */
    public static final Property size = property("size");

    // -- Places --

    /** Any location: a country, region, city or venue. */
    public static final Resource Place = resource("Place");

    /** A sovereign state or a territory treated as a country. */
    public static final Resource Country = resource("Country");

    /**
     * A part of a country or a group of countries larger than a city: a province, state, district
     * or desert region.
     */
    public static final Resource Region = resource("Region");

    /** A city, town or village. */
    public static final Resource City = resource("City");

    /** A building or site: a hotel, restaurant, embassy, school, market, checkpoint, airport. */
    public static final Resource Venue = resource("Venue");

    /** Links a place to a larger place that contains it: hotel → city → region → country. */
    public static final Property locatedIn = property("locatedIn");

    /**
     * Links a venue to the organization that runs it: the hotel's operator, the embassy's state.
     */
    public static final Property operatedBy = property("operatedBy");

    // -- Tallies --

    /**
     * One reported figure about an incident: how many were killed, injured, held, freed, arrested,
     * missing…, as one source gave it at one time.
     */
    public static final Resource Tally = resource("Tally");

    /** Links an incident to one figure reported about it. */
    public static final Property tally = property("tally");

    /** What a tally counts, one concept of ikg:TallyKinds: killed, injured, hostages, released… */
    public static final Property tallyKind = property("tallyKind");

    /** The number a tally reports, as a non-negative xsd:integer. */
    public static final Property count = property("count");

    /**
     * How the count relates to the true number, one concept of ikg:Qualifiers: exact, up to, at
     * least, more than, approximately.
     */
    public static final Property qualifier = property("qualifier");

    /**
     * Who a tally counts, when the text says: a group of people ("foreigners", "hostages") or an
     * organization ("the airline's staff").
     */
    public static final Property population = property("population");

    /**
     * The source a tally or a claim is attributed to in the text: "a security official said", "a
     * statement from the ministry".
     */
    public static final Property reportedBy = property("reportedBy");

    /**
     * The news organization through which a source's figure or claim reached the article ("told
     * Reuters", "according to AFP").
     */
    public static final Property reportedVia = property("reportedVia");

    /** When a tally's figure held or was reported: an xsd:date or xsd:dateTime. */
    public static final Property asOf = property("asOf");

    /**
     * false when the text hedges a tally or a claim ("could not be verified", "yet to be
     * verified"); absent when it does not.
     */
    public static final Property verified = property("verified");

    /**
     * The words with which the text hedges a tally or a claim, as a literal: "could not be
     * verified".
     */
    public static final Property hedge = property("hedge");

    /** What a tally can count. */
    public static final Resource TallyKinds = resource("TallyKinds");

    /** People who died in the incident, attackers included unless the population says otherwise. */
    public static final Resource Killed = resource("Killed");

    /** People who were hurt and survived. */
    public static final Resource Injured = resource("Injured");

    /** People held by the attackers, kidnapped or taken hostage. */
    public static final Resource Hostages = resource("Hostages");

    /** People freed, rescued or who escaped from the attackers' hold. */
    public static final Resource Released = resource("Released");

    /**
     * People of a population whose fate is known ("12 of the 17 crew members are accounted for").
     */
    public static final Resource AccountedFor = resource("AccountedFor");

    /** People still held, or still inside, at the time of the report. */
    public static final Resource Remaining = resource("Remaining");

    /** People arrested, detained or taken into custody in connection with the incident. */
    public static final Resource Arrested = resource("Arrested");

    /** People whose whereabouts are unknown after the incident. */
    public static final Resource Missing = resource("Missing");

    /** How a tally's count relates to the true number. */
    public static final Resource Qualifiers = resource("Qualifiers");

    /** The count is given as the number ("27 people were killed"). */
    public static final Resource Exact = resource("Exact");

    /** The true number is at most the count ("up to 170 hostages"). */
    public static final Resource UpTo = resource("UpTo");

    /** The true number is the count or more ("at least 19 dead"). */
    public static final Resource AtLeast = resource("AtLeast");

    /** The true number is greater than the count ("more than 100 guests"). */
    public static final Resource MoreThan = resource("MoreThan");

    /** The true number is near the count ("about 20", "some 30", "nearly 40"). */
    public static final Resource Approximately = resource("Approximately");

    // -- Claims of responsibility --

    /**
     * A claim of responsibility for an incident, made by an organization and reported in an
     * article.
     */
    public static final Resource Claim = resource("Claim");

    /** Links an incident to an organization that claimed responsibility for it. */
    public static final Property claimedBy = property("claimedBy");

    /** The organization that made a claim of responsibility. */
    public static final Property claimant = property("claimant");

    /** The incident that a claim of responsibility is about. */
    public static final Property claimedIncident = property("claimedIncident");

    // -- IncidentKG incident types --

    /**
     * The kinds of incident IncidentKG distinguishes, one concept per incident class, mapped to
     * GTD attack types, MUC-4 incident types and CAMEO event codes.
     */
    public static final Resource IncidentTypes = resource("IncidentTypes");

    /** An incident of unstated kind; the broadest incident type. */
    public static final Resource IncidentType = resource("IncidentType");

    /** A violent act by non-state actors; used alone, an attack of unstated kind. */
    public static final Resource AttackType = resource("AttackType");

    /** An attack meant to hurt or kill people directly with firearms, incendiaries or blades. */
    public static final Resource ArmedAssaultType = resource("ArmedAssaultType");

    /** An attack whose main effect comes from an explosion. */
    public static final Resource BombingType = resource("BombingType");

    /** An attack in which people are seized and held at the place of the attack. */
    public static final Resource HostageTakingType = resource("HostageTakingType");

    /** An attack in which people are seized and moved to be held somewhere else. */
    public static final Resource KidnappingType = resource("KidnappingType");

    /** An attack meant to kill one or more specific, prominent persons. */
    public static final Resource AssassinationType = resource("AssassinationType");

    /** An attack that sets fire to property. */
    public static final Resource ArsonType = resource("ArsonType");

    /** An attack that takes control of a vehicle to divert it or to press demands. */
    public static final Resource HijackingType = resource("HijackingType");

    /** An action by police, army or special forces against attackers or suspects. */
    public static final Resource SecurityOperationType = resource("SecurityOperationType");

    /** A sudden entry by security forces into a place to arrest, search or kill suspects. */
    public static final Resource RaidType = resource("RaidType");

    /** A coordinated action by armed forces. */
    public static final Resource MilitaryOperationType = resource("MilitaryOperationType");

    /** An assault by security forces on a place held by attackers. */
    public static final Resource StormingType = resource("StormingType");

    /** A search by security forces for suspects who fled. */
    public static final Resource ManhuntType = resource("ManhuntType");

    /** A planned attack reported as planned, thwarted, foiled or attempted. */
    public static final Resource PlotType = resource("PlotType");

    /** A public gathering to protest or to show support. */
    public static final Resource DemonstrationType = resource("DemonstrationType");

    /** Armed control of a territory by a group over a period of time. */
    public static final Resource OccupationType = resource("OccupationType");
}
