"""Lists every pose whose traits need a safety note it does not have; exits 1 if any."""

from django.core.management.base import BaseCommand, CommandError

from poses import safety
from poses.models import Pose


class Command(BaseCommand):
    help = "Check that every pose says something for each condition its traits affect."

    def handle(self, *args, **options):
        findings = safety.lint(Pose.objects.order_by("slug"))
        for finding, sentence in zip(findings, safety.sentences(findings), strict=True):
            waived = " (waived)" if finding.pose.safety_waiver.strip() else ""
            self.stdout.write(f"{finding.pose.slug}: {sentence}{waived}")
        if findings:
            raise CommandError(f"{len(findings)} safety finding(s).")
        self.stdout.write(self.style.SUCCESS("No safety findings."))
