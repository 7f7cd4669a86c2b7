def test_full_case_dashboard_renders(patient_client, full_case):
    response = patient_client.get(f"/cases/{full_case.pk}/")
    assert response.status_code == 200
    assert "What to do next" in response.text
